package io.complaints.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.complaints.testsupport.Infrastructure;

/** The lag the open-loop benchmark reports, read from a real broker. */
class ConsumerLagTest {

    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();

    @Test
    void aGroupsLagIsWhatIsOnItsDomainTopicsBeyondWhatItCommitted() throws Exception {
        String topic = "complaints.lag-test.v1";
        String deadLetters = topic + ".lag-group.dlt";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1), new NewTopic(deadLetters, 1, (short) 1)))
                    .all().get();
        }
        send(topic, 0, 4);
        send(topic, 1, 3);
        send(deadLetters, 0, 5);
        commit("lag-group", Map.of(new TopicPartition(topic, 0), 1L, new TopicPartition(topic, 1), 3L,
                new TopicPartition(deadLetters, 0), 0L));
        commit("caught-up-group", Map.of(new TopicPartition(topic, 0), 4L, new TopicPartition(topic, 1), 3L));

        try (var lag = new ConsumerLag(kafka)) {
            ConsumerLag.Sample sample = lag.sample();

            assertThat(sample.lagByGroup()).containsEntry("lag-group", 3L).containsEntry("caught-up-group", 0L);
            assertThat(sample.totalLag()).isEqualTo(3L);
            assertThat(sample.endOffsets()).as("the domain topics' end offsets, dead letters left out")
                    .isGreaterThanOrEqualTo(7L);
            long before = sample.endOffsets();
            send(topic, 1, 2);
            assertThat(lag.sample().endOffsets()).isEqualTo(before + 2);
        }
    }

    private void send(String topic, int partition, int count) throws Exception {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "key", "value " + i)).get();
            }
        }
    }

    private void commit(String group, Map<TopicPartition, Long> offsets) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(offsets.keySet());
            consumer.commitSync(offsets.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))), Duration.ofSeconds(30));
        }
    }
}
