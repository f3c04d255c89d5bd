package io.complaints.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Each consumer group's lag on the domain topics, read from the broker: for every partition a
 * group has committed on, the partition's end offset minus the group's committed offset. Also the
 * sum of the domain topics' end offsets, which still grows while a service's outbox publishes what
 * it stored earlier, so "every lag zero and the end offsets still" means nothing is left in flight.
 */
final class ConsumerLag implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final String DOMAIN_TOPICS = "complaints.";
    private static final String DEAD_LETTERS = ".dlt";

    /** One reading: lag per group (groups with nothing committed on a domain topic left out). */
    record Sample(long nanos, Map<String, Long> lagByGroup, long endOffsets) {

        long totalLag() {
            return lagByGroup.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Admin admin;

    ConsumerLag(String bootstrap) {
        var config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "benchmark-lag");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        this.admin = Admin.create(config);
    }

    Sample sample() throws InterruptedException {
        try {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
            for (ConsumerGroupListing group : get(admin.listConsumerGroups().all())) {
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                get(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata())
                        .forEach((partition, offset) -> {
                            if (offset != null && isDomainTopic(partition.topic())) {
                                offsets.put(partition, offset);
                            }
                        });
                if (!offsets.isEmpty()) {
                    committed.put(group.groupId(), offsets);
                }
            }
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            List<String> topics = get(admin.listTopics().names()).stream().filter(ConsumerLag::isDomainTopic).toList();
            get(admin.describeTopics(topics).allTopicNames()).forEach((topic, description) -> description.partitions()
                    .forEach(p -> wanted.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            committed.values().forEach(offsets -> offsets.keySet().forEach(p -> wanted.put(p, OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResultInfo> ends = get(admin.listOffsets(wanted).all());
            Map<String, Long> lag = new TreeMap<>();
            committed.forEach((group, offsets) -> lag.put(group, offsets.entrySet().stream()
                    .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum()));
            long endOffsets = ends.values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
            return new Sample(System.nanoTime(), lag, endOffsets);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the consumer groups' lag from the broker", e);
        }
    }

    private static boolean isDomainTopic(String topic) {
        return topic.startsWith(DOMAIN_TOPICS) && !topic.endsWith(DEAD_LETTERS);
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
