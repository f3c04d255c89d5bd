package io.complaints.platform.kafka;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics of one service. Every topic keeps its records forever (no time or size limit): the
 * domain topics are the read side's source and must hold every event since the beginning, and a
 * dead-letter topic holds what was acknowledged and still waits for a decision. In production the
 * broker's tiered storage moves old segments to object storage (ADR 0003).
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

    /** Unlimited retention, by time and by size: the broker's 7-day default never applies. */
    static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");

    NewTopic declare(String topic) {
        return TopicBuilder.name(topic).partitions(partitions).replicas(replicationFactor).configs(KEEP_FOREVER)
                .build();
    }

    /** A small table kept as a topic: the latest record per key, kept forever. */
    public NewTopic declareCompacted(String topic) {
        return TopicBuilder.name(topic).partitions(1).replicas(replicationFactor).compact().build();
    }
}
