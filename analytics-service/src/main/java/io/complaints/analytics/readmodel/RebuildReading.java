package io.complaints.analytics.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;

/**
 * How a rebuild reads the topics: from where their history begins to their end as it was then (the
 * replay), then, once the rebuilt generation is live, what arrived meanwhile (the catch-up). A poll
 * may bring records past the end a read goes to: that read does not apply them, and the next one
 * starts at them, so that every record up to the catch-up's end is applied once, replayed or caught
 * up; what arrives after it, only the live feed applies.
 */
final class RebuildReading {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RebuildReading.class);

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    /** What the rebuild does with what it read, and the switch between its two reads. */
    interface Steps {

        /** Applies what one poll of the replay brought, up to the replay's end. */
        void replay(List<ConsumerRecord<String, byte[]>> records);

        /**
         * How many of the replay's records were applied so far, per partition, of how many it reads
         * (from the partition's beginning to its end as the replay started).
         */
        void progress(Map<TopicPartition, Long> replayed, Map<TopicPartition, Long> toReplay);

        /** Makes the rebuilt generation live; returns once every instance's live feed writes to it. */
        void switchOver();

        /** Applies one record that arrived while the replay and the switch ran. */
        void catchUp(ConsumerRecord<String, byte[]> record);
    }

    /** How many records the replay and the catch-up applied. */
    record Applied(long replayed, long caughtUp) {
    }

    private final Consumer<String, byte[]> consumer;
    private final Clock clock;
    private final Supplier<Optional<String>> stopped;

    /**
     * @param stopped why the reading must stop before its end (the service stopping, the lease lost),
     *                or empty while it may go on
     */
    RebuildReading(Consumer<String, byte[]> consumer, Clock clock, Supplier<Optional<String>> stopped) {
        this.consumer = consumer;
        this.clock = clock;
        this.stopped = stopped;
    }

    /**
     * Replays every partition from its beginning to its end as it is now, switches over, then catches
     * up to the end as it is then.
     *
     * @throws IllegalStateException when a beginning was deleted meanwhile, or the reading was stopped
     */
    Applied replayThenCatchUp(Map<TopicPartition, Long> beginnings, Steps steps) {
        List<TopicPartition> partitions = new ArrayList<>(beginnings.keySet());
        consumer.assign(partitions);
        stillThere(beginnings, consumer.beginningOffsets(partitions));
        beginnings.forEach(consumer::seek);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> toReplay = new java.util.HashMap<>();
        partitions.forEach(p -> toReplay.put(p, Math.max(0, end.get(p) - beginnings.get(p))));
        Map<TopicPartition, Long> none = new java.util.HashMap<>();
        partitions.forEach(p -> none.put(p, 0L));
        steps.progress(none, toReplay);
        long replayed = readUpTo(partitions, end, steps::replay, sofar -> steps.progress(sofar, toReplay));
        steps.switchOver();
        long caughtUp = readUpTo(partitions, consumer.endOffsets(partitions),
                records -> records.forEach(steps::catchUp), sofar -> { });
        return new Applied(replayed, caughtUp);
    }

    /**
     * Reads every partition from its beginning to the given end (offsets captured by the caller),
     * handing over what each poll brought, without switching or catching up: a replay of the past into
     * a scratch generation. How many records it read.
     *
     * @throws IllegalStateException when a beginning was deleted meanwhile, or the reading was stopped
     */
    long readOnly(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> end,
                  java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> apply) {
        List<TopicPartition> partitions = new ArrayList<>(beginnings.keySet());
        consumer.assign(partitions);
        stillThere(beginnings, consumer.beginningOffsets(partitions));
        beginnings.forEach(consumer::seek);
        return readUpTo(partitions, end, apply, sofar -> { });
    }

    /**
     * Reads each partition from where the consumer stands up to the given end, handing over what each
     * poll brought; how many records it applied.
     */
    private long readUpTo(List<TopicPartition> partitions, Map<TopicPartition, Long> end,
                          java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> apply,
                          java.util.function.Consumer<Map<TopicPartition, Long>> progress) {
        long applied = 0;
        Map<TopicPartition, Long> byPartition = new java.util.HashMap<>();
        partitions.forEach(partition -> byPartition.put(partition, 0L));
        Instant reported = Instant.MIN;
        while (stopped.get().isEmpty() && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    polled.add(record);
                    byPartition.merge(partition, 1L, Long::sum);
                }
            }
            apply.accept(polled);
            applied += polled.size();
            Instant now = clock.instant();
            if (Duration.between(reported, now).compareTo(REPORT_EVERY) >= 0) {
                progress.accept(Map.copyOf(byPartition));
                reported = now;
            }
        }
        // a poll may have brought records past the end, which were not applied: the next read starts at them
        end.forEach((partition, offset) -> {
            if (consumer.position(partition) > offset) {
                consumer.seek(partition, offset);
            }
        });
        stopped.get().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        return applied;
    }

    /**
     * The record's event, or empty for a record that cannot be read: the live consumer parked it on the
     * dead-letter topic, and a replay skips it the same way.
     */
    static Optional<CloudEvent<Object>> decode(CloudEventCodec codec, ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decode(record.value());
        } catch (RuntimeException poison) {
            log.warn("replay skips the unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
    }

    /** Fails when records were deleted from a partition's beginning since the rebuild started. */
    private static void stillThere(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> logStart) {
        beginnings.forEach((partition, offset) -> {
            if (logStart.get(partition) > offset) {
                throw new IllegalStateException(partition + " lost its beginning while the rebuild started");
            }
        });
    }
}
