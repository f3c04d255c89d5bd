package io.complaints.analytics.readmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import io.complaints.platform.RuleViolation;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.kafka.CompactedTopic;
import io.complaints.platform.kafka.KafkaTopicsProperties;
import io.complaints.platform.outbox.RepublishedHistory;

/**
 * Where the whole history of each topic a rebuild replays begins. That is offset 0 of every
 * partition, unless the beginning was deleted (the broker's retention, or records deleted by hand):
 * then a republish of the source's event store that ran to its end after the deletion marks where
 * the complete history begins again. Without one, a rebuild would silently lose what was deleted,
 * so it is refused, naming the topic and partition.
 */
@Component
class TopicHistory {

    static final String RULE = "topic-history-complete";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTopicsProperties topics;
    private final ConsumerFactory<String, byte[]> consumers;

    TopicHistory(KafkaTopicsProperties topics, ConsumerFactory<String, byte[]> consumers) {
        this.topics = topics;
        this.consumers = consumers;
    }

    /** The topics a rebuild replays: those analytics consumes. */
    List<String> topics() {
        return topics.consumes();
    }

    /**
     * For every partition of the replayed topics, the offset its complete history begins at.
     *
     * @throws RulesViolatedException when a partition's beginning is gone and no complete republish
     *                                covers it
     */
    Map<TopicPartition, Long> beginnings() {
        try (Consumer<String, byte[]> consumer = consumer()) {
            Map<String, byte[]> republished = CompactedTopic.latestByKey(consumer, RepublishedHistory.TOPIC, TIMEOUT);
            List<TopicPartition> partitions = new ArrayList<>();
            topics().forEach(topic -> consumer.partitionsFor(topic, TIMEOUT).forEach(p -> partitions.add(
                    new TopicPartition(p.topic(), p.partition()))));
            Map<TopicPartition, Long> logStart = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> beginnings = new HashMap<>();
            List<RuleViolation> truncated = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                long first = logStart.get(partition);
                Optional<Long> from = first == 0 ? Optional.of(0L) : republishedFrom(republished, partition)
                        .filter(offset -> offset >= first);
                from.ifPresentOrElse(offset -> beginnings.put(partition, offset),
                        () -> truncated.add(new RuleViolation(null, RULE, refusal(partition, first))));
            }
            if (!truncated.isEmpty()) {
                throw new RulesViolatedException(truncated);
            }
            return beginnings;
        }
    }

    private static Optional<Long> republishedFrom(Map<String, byte[]> republished, TopicPartition partition) {
        return Optional.ofNullable(republished.get(partition.topic())).map(RepublishedHistory::fromJson)
                .map(history -> history.from().get(partition.partition()));
    }

    private static String refusal(TopicPartition partition, long first) {
        return partition.topic() + " partition " + partition.partition() + " begins at offset " + first
                + ", not at its first event: the records before were deleted (retention or deleteRecords), and a"
                + " rebuild from it would lose them. Republish the event store of the service that publishes "
                + partition.topic() + " (POST /api/admin/republish on it, or bin/republish <its url>), wait until"
                + " it is done, then start the rebuild again; the live read models are untouched.";
    }

    private Consumer<String, byte[]> consumer() {
        Properties overrides = new Properties();
        overrides.put("enable.auto.commit", "false");
        return consumers.createConsumer("analytics-history-" + UUID.randomUUID(), "history", null, overrides);
    }
}
