package io.complaints.platform.kafka.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.kafka.CompactedTopic;

/**
 * The dead-letter topics of this service's consumer group: what waits on them for a decision, and
 * the two decisions an operator can take, replay (after the failure was fixed) and discard. A
 * decision is recorded on {@link DeadLetterDecision#TOPIC}, so a decided record is no longer pending.
 */
public class DeadLetters {

    static final String RULE_DECIDED = "dead-letter-pending";
    static final String RULE_ORIGIN = "dead-letter-origin";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One dead-letter topic: how many records wait, and the first of them. */
    public record Pending(String topic, long pending, List<DeadLetter> entries) {
    }

    private final List<String> topics;
    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;

    DeadLetters(List<String> topics, ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> kafka,
                Clock clock) {
        this.topics = List.copyOf(topics);
        this.consumers = consumers;
        this.kafka = kafka;
        this.clock = clock;
    }

    List<String> topics() {
        return topics;
    }

    /** Every dead-letter topic with its pending count and up to {@code limit} of its pending records. */
    public List<Pending> list(int limit) {
        Set<String> decided = decided();
        List<Pending> answer = new ArrayList<>();
        for (String topic : topics) {
            List<DeadLetter> entries = new ArrayList<>();
            long[] pending = {0};
            read(topic, record -> {
                if (!decided.contains(position(record).key())) {
                    pending[0]++;
                    if (entries.size() < limit) {
                        entries.add(DeadLetterReading.of(record));
                    }
                }
            });
            answer.add(new Pending(topic, pending[0], entries));
        }
        return answer;
    }

    /** Pending records per dead-letter topic, from offsets only (nothing is read but the decisions). */
    public Map<String, Long> pendingCounts() {
        Set<String> decided = decided();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var consumer = consumer()) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, TIMEOUT);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
                long pending = 0;
                for (TopicPartition p : partitions) {
                    long first = start.get(p);
                    long decidedHere = decided.stream().filter(key -> isIn(key, p, first, end.get(p))).count();
                    pending += end.get(p) - first - decidedHere;
                }
                counts.put(topic, pending);
            }
        }
        return counts;
    }

    public Optional<DeadLetter> inspect(DeadLetter.Position position) {
        return find(position).map(DeadLetterReading::of);
    }

    /** Sends the record again, as it was, to the topic it came from; then records the decision. */
    public DeadLetterDecision replay(DeadLetter.Position position, String operator) {
        ConsumerRecord<String, byte[]> record = pending(position);
        String origin = DeadLetterReading.of(record).originalTopic();
        if (origin == null) {
            throw RulesViolatedException.ofRule(RULE_ORIGIN, "the record does not name the topic it came from");
        }
        var again = new ProducerRecord<>(origin, null, record.key(), record.value(), withoutDeadLetterHeaders(record));
        await(kafka.send(again));
        return decide(new DeadLetterDecision(DeadLetterDecision.Action.REPLAYED, position.topic(), position.partition(),
                position.offset(), null, clock.instant(), operator));
    }

    public DeadLetterDecision discard(DeadLetter.Position position, String reason, String operator) {
        pending(position);
        return decide(new DeadLetterDecision(DeadLetterDecision.Action.DISCARDED, position.topic(),
                position.partition(), position.offset(), reason, clock.instant(), operator));
    }

    private ConsumerRecord<String, byte[]> pending(DeadLetter.Position position) {
        ConsumerRecord<String, byte[]> record = find(position).orElseThrow(() -> new NoSuchDeadLetter(position));
        if (decided().contains(position.key())) {
            throw RulesViolatedException.ofRule(RULE_DECIDED, "this dead letter was already replayed or discarded");
        }
        return record;
    }

    private DeadLetterDecision decide(DeadLetterDecision decision) {
        await(kafka.send(DeadLetterDecision.TOPIC, decision.position().key(), decision.toJson()));
        return decision;
    }

    private Optional<ConsumerRecord<String, byte[]>> find(DeadLetter.Position position) {
        if (!topics.contains(position.topic())) {
            return Optional.empty();
        }
        TopicPartition partition = new TopicPartition(position.topic(), position.partition());
        try (var consumer = consumer()) {
            if (consumer.partitionsFor(position.topic(), TIMEOUT).stream()
                    .noneMatch(p -> p.partition() == position.partition())) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            if (position.offset() < 0 || position.offset() >= end) {
                return Optional.empty();
            }
            consumer.seek(partition, position.offset());
            while (consumer.position(partition, TIMEOUT) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == position.offset()) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private void read(String topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                });
            }
        }
    }

    private Set<String> decided() {
        try (var consumer = consumer()) {
            return CompactedTopic.latestByKey(consumer, DeadLetterDecision.TOPIC, TIMEOUT).keySet();
        }
    }

    private org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer() {
        Properties overrides = new Properties();
        overrides.put("enable.auto.commit", "false");
        return consumers.createConsumer("dead-letters-" + UUID.randomUUID(), "dead-letters", null, overrides);
    }

    private static DeadLetter.Position position(ConsumerRecord<?, ?> record) {
        return new DeadLetter.Position(record.topic(), record.partition(), record.offset());
    }

    private static boolean isIn(String key, TopicPartition partition, long from, long to) {
        String prefix = partition.topic() + "-" + partition.partition() + "-";
        if (!key.startsWith(prefix)) {
            return false;
        }
        try {
            long offset = Long.parseLong(key.substring(prefix.length()));
            return offset >= from && offset < to;
        } catch (NumberFormatException notOfThisPartition) {
            return false;
        }
    }

    private static List<Header> withoutDeadLetterHeaders(ConsumerRecord<?, ?> record) {
        return java.util.Arrays.stream(record.headers().toArray())
                .filter(header -> !header.key().startsWith("kafka_dlt-")).collect(Collectors.toList());
    }

    private static void await(java.util.concurrent.CompletableFuture<?> sent) {
        try {
            sent.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge", e);
        }
    }

    /** No such record on a dead-letter topic of this service. */
    static final class NoSuchDeadLetter extends RuntimeException {
        NoSuchDeadLetter(DeadLetter.Position position) {
            super("no dead letter at " + position.topic() + " partition " + position.partition() + " offset "
                    + position.offset());
        }
    }
}
