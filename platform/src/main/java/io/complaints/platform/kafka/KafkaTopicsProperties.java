package io.complaints.platform.kafka;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics of one service.
 *
 * @param publishes         the topic it publishes to, if any
 * @param consumes          the topics it consumes
 * @param partitions        partitions of every topic: they bound how far consumers scale out
 * @param replicationFactor copies of every partition (1 on one broker, 3 in production)
 */
@ConfigurationProperties("complaints.kafka")
public record KafkaTopicsProperties(
        String publishes,
        @DefaultValue List<String> consumes,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor) {

    NewTopic declare(String topic) {
        return TopicBuilder.name(topic).partitions(partitions).replicas(replicationFactor).build();
    }
}
