package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's reading over a consumer whose topics the test writes to, at the moments it chooses:
 * between the replay's reading of the end offsets and its polls, and during the switch. Each record
 * must be applied once, by the replay up to the replay's end and by the catch-up after it.
 */
class RebuildReadingTest {

    private static final TopicPartition INTAKE = new TopicPartition("complaints.intake.v1", 0);
    private static final TopicPartition HANDLING = new TopicPartition("complaints.handling.v1", 0);

    private final Log log = new Log(3);
    private final Applied applied = new Applied();

    @Test
    void recordsAPollOfTheReplayBringsPastItsEndAreCaughtUpOnceAndNotReplayed() {
        append(INTAKE, 3);
        append(HANDLING, 4);
        // the replay has read the end offsets; these arrive before its first poll, which brings them too
        log.beforeNextPoll(() -> {
            append(INTAKE, 2);
            append(HANDLING, 1);
        });

        RebuildReading.Applied counts = read(Map.of(INTAKE, 0L, HANDLING, 0L), () -> { });

        assertThat(applied.replayed).containsExactlyInAnyOrder("intake@0", "intake@1", "intake@2", "handling@0",
                "handling@1", "handling@2", "handling@3");
        assertThat(applied.caughtUp).containsExactlyInAnyOrder("intake@3", "intake@4", "handling@4");
        assertThat(counts).isEqualTo(new RebuildReading.Applied(7, 3));
    }

    @Test
    void recordsArrivingDuringTheSwitchAreCaughtUpOnceAndLaterOnesLeftToTheLiveFeed() {
        append(INTAKE, 5);
        append(HANDLING, 2);
        log.beforeNextPoll(() -> append(HANDLING, 1));

        RebuildReading.Applied counts = read(Map.of(INTAKE, 0L, HANDLING, 0L), () -> {
            append(INTAKE, 2);
            append(HANDLING, 2);
            // the catch-up reads its end offsets after the switch; this arrives before its first poll
            log.beforeNextPoll(() -> append(INTAKE, 1));
        });

        assertThat(applied.replayed).containsExactlyInAnyOrder("intake@0", "intake@1", "intake@2", "intake@3",
                "intake@4", "handling@0", "handling@1");
        assertThat(applied.caughtUp).as("intake@7 arrived after the catch-up read its end")
                .containsExactlyInAnyOrder("intake@5", "intake@6", "handling@2", "handling@3", "handling@4");
        assertThat(counts).isEqualTo(new RebuildReading.Applied(7, 5));
        assertThat(log.position(INTAKE)).as("where the catch-up stopped reading intake").isEqualTo(7);
    }

    @Test
    void aReplayFromARepublishedBeginningReadsNothingBeforeIt() {
        append(INTAKE, 6);

        read(Map.of(INTAKE, 4L), () -> append(INTAKE, 1));

        assertThat(applied.replayed).containsExactly("intake@4", "intake@5");
        assertThat(applied.caughtUp).containsExactly("intake@6");
    }

    @Test
    void progressIsReportedPerPartitionFromNoneReadToTheEndsFoundAtTheStart() {
        append(INTAKE, 3);
        append(HANDLING, 4);
        log.beforeNextPoll(() -> append(INTAKE, 2));

        read(Map.of(INTAKE, 0L, HANDLING, 1L), () -> { });

        Map<TopicPartition, Long> toReplay = Map.of(INTAKE, 3L, HANDLING, 3L);
        assertThat(applied.progress.get(0)).as("before the first poll")
                .containsExactly(Map.of(INTAKE, 0L, HANDLING, 0L), toReplay);
        assertThat(applied.progress).as("after the first poll, the clock standing still").hasSize(2);
        Map<TopicPartition, Long> afterFirstPoll = applied.progress.get(1).get(0);
        assertThat(afterFirstPoll.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        afterFirstPoll.forEach((partition, read) -> assertThat(read).isLessThanOrEqualTo(toReplay.get(partition)));
        assertThat(applied.progress.get(1).get(1)).isEqualTo(toReplay);
    }

    @Test
    void aBeginningDeletedAfterTheRebuildStartedStopsItBeforeItReadsAnything() {
        append(INTAKE, 6);
        log.updateBeginningOffsets(Map.of(INTAKE, 2L));

        assertThatThrownBy(() -> read(Map.of(INTAKE, 0L), () -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lost its beginning");
        assertThat(applied.replayed).isEmpty();
    }

    @Test
    void aStoppedReadingStopsBeforeTheSwitch() {
        append(INTAKE, 6);
        List<String> switches = new ArrayList<>();

        RebuildReading reading = new RebuildReading(log, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                () -> applied.replayed.size() >= 3 ? Optional.of("the service is stopping") : Optional.empty());
        assertThatThrownBy(() -> reading.replayThenCatchUp(Map.of(INTAKE, 0L), applied.steps(() -> switches.add("switched"))))
                .hasMessage("the service is stopping");

        assertThat(applied.replayed).containsExactly("intake@0", "intake@1", "intake@2");
        assertThat(switches).isEmpty();
    }

    private RebuildReading.Applied read(Map<TopicPartition, Long> beginnings, Runnable duringTheSwitch) {
        return new RebuildReading(log, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Optional::empty)
                .replayThenCatchUp(beginnings, applied.steps(duringTheSwitch));
    }

    private void append(TopicPartition partition, int records) {
        for (int i = 0; i < records; i++) {
            log.append(partition);
        }
    }

    /** What the reading applied, each record named by its topic and offset. */
    private static final class Applied {

        final List<String> replayed = new ArrayList<>();
        final List<String> caughtUp = new ArrayList<>();
        /** Each progress report: the records replayed per partition, and those to replay. */
        final List<List<Map<TopicPartition, Long>>> progress = new ArrayList<>();

        RebuildReading.Steps steps(Runnable duringTheSwitch) {
            return new RebuildReading.Steps() {

                @Override
                public void replay(List<ConsumerRecord<String, byte[]>> records) {
                    records.forEach(record -> replayed.add(name(record)));
                }

                @Override
                public void progress(Map<TopicPartition, Long> replayed, Map<TopicPartition, Long> toReplay) {
                    progress.add(List.of(Map.copyOf(replayed), Map.copyOf(toReplay)));
                }

                @Override
                public void switchOver() {
                    duringTheSwitch.run();
                }

                @Override
                public void catchUp(ConsumerRecord<String, byte[]> record) {
                    caughtUp.add(name(record));
                }
            };
        }

        private static String name(ConsumerRecord<String, byte[]> record) {
            return record.topic().split("\\.")[1] + "@" + record.offset();
        }
    }

    /**
     * Partitions as logs that a seek reads again (Kafka's mock forgets what it handed out), whose end
     * is what was appended so far, and whose polls bring at most a few records per partition.
     */
    private static final class Log extends MockConsumer<String, byte[]> {

        private final Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> partitions = new HashMap<>();
        private final Queue<Runnable> beforePolls = new ArrayDeque<>();
        private final int perPoll;
        private final Map<TopicPartition, Long> beginnings = new HashMap<>();

        Log(int perPoll) {
            super(OffsetResetStrategy.EARLIEST);
            this.perPoll = perPoll;
        }

        synchronized void append(TopicPartition partition) {
            List<ConsumerRecord<String, byte[]>> records = partitions.computeIfAbsent(partition, p -> new ArrayList<>());
            records.add(new ConsumerRecord<>(partition.topic(), partition.partition(), records.size(), "c-1", new byte[0]));
        }

        synchronized void beforeNextPoll(Runnable step) {
            beforePolls.add(step);
        }

        @Override
        public synchronized void updateBeginningOffsets(Map<TopicPartition, Long> newOffsets) {
            beginnings.putAll(newOffsets);
        }

        @Override
        public synchronized Map<TopicPartition, Long> beginningOffsets(Collection<TopicPartition> asked) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            asked.forEach(partition -> offsets.put(partition, beginnings.getOrDefault(partition, 0L)));
            return offsets;
        }

        @Override
        public synchronized Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> asked) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            asked.forEach(partition -> offsets.put(partition, (long) partitions.getOrDefault(partition, List.of()).size()));
            return offsets;
        }

        @Override
        public synchronized ConsumerRecords<String, byte[]> poll(Duration timeout) {
            Runnable step = beforePolls.poll();
            if (step != null) {
                step.run();
            }
            Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> polled = new HashMap<>();
            for (TopicPartition partition : assignment()) {
                List<ConsumerRecord<String, byte[]>> records = partitions.getOrDefault(partition, List.of());
                int from = (int) position(partition);
                int to = Math.min(records.size(), from + perPoll);
                if (from < to) {
                    polled.put(partition, List.copyOf(records.subList(from, to)));
                    seek(partition, to);
                }
            }
            return new ConsumerRecords<>(polled);
        }
    }
}
