package io.complaints.analytics.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;

/**
 * How far a rebuild has come, as operators follow it: the records its replay read and has to read,
 * in all and per topic (to read: from where each partition's history begins to its end as the
 * replay started), the share done, the rate so far and, from it, an estimate of the time left.
 *
 * @param total           records the replay reads in all; {@code applied} how many it read so far
 * @param eventsPerSecond records read per second since the rebuild started
 * @param percent         {@code applied / total} in whole percent, rounded down (100 when there is nothing to read)
 * @param secondsLeft     the records left at the rate so far; null before a rate is known, or when done
 * @param topics          per topic, in the order of their names
 */
public record RebuildProgress(String state, int generation, long total, long applied, Instant startedAt,
                              Instant finishedAt, long eventsPerSecond, String error, Integer percent,
                              Long secondsLeft, List<TopicProgress> topics) {

    /** One topic's share of the replay: records read and to read, over all its partitions. */
    public record TopicProgress(String topic, long read, long toRead) {
    }

    public RebuildProgress {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    static RebuildProgress idle() {
        return new RebuildProgress("IDLE", 0, 0, 0, null, null, 0, null, null, null, List.of());
    }

    /** Started, the history not measured yet. */
    static RebuildProgress starting(int generation, Instant startedAt) {
        return new RebuildProgress("RUNNING", generation, 0, 0, startedAt, null, 0, null, 0, null, List.of());
    }

    /** Replaying: so many records read per partition, of so many. */
    static RebuildProgress running(int generation, Instant startedAt, Instant now, Map<TopicPartition, Long> read,
                                   Map<TopicPartition, Long> toRead) {
        Map<String, long[]> byTopic = new TreeMap<>();
        toRead.forEach((partition, count) -> {
            long[] sums = byTopic.computeIfAbsent(partition.topic(), topic -> new long[2]);
            sums[0] += Math.min(count, read.getOrDefault(partition, 0L));
            sums[1] += count;
        });
        List<TopicProgress> topics = byTopic.entrySet().stream()
                .map(e -> new TopicProgress(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        long applied = topics.stream().mapToLong(TopicProgress::read).sum();
        long total = topics.stream().mapToLong(TopicProgress::toRead).sum();
        long rate = perSecond(applied, startedAt, now);
        Long left = applied == 0 ? null : ceilDiv((total - applied) * Math.max(1, elapsedMillis(startedAt, now)),
                applied * 1000);
        return new RebuildProgress("RUNNING", generation, total, applied, startedAt, null, rate, null,
                percent(applied, total), left, topics);
    }

    /** Every record replayed and the rebuilt generation live. */
    RebuildProgress done(Instant finishedAt) {
        return new RebuildProgress("DONE", generation, total, total, startedAt, finishedAt,
                perSecond(total, startedAt, finishedAt), null, 100, 0L,
                topics.stream().map(t -> new TopicProgress(t.topic(), t.toRead(), t.toRead())).toList());
    }

    /** Stopped by a failure, as far as it had come. */
    RebuildProgress failed(Instant finishedAt, String why) {
        return new RebuildProgress("FAILED", generation, total, applied, startedAt, finishedAt, 0, why, percent,
                null, topics);
    }

    static long perSecond(long records, Instant from, Instant to) {
        return records * 1000 / Math.max(1, elapsedMillis(from, to));
    }

    private static long elapsedMillis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    private static int percent(long applied, long total) {
        return total == 0 ? 100 : (int) (applied * 100 / total);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return Math.floorDiv(dividend + divisor - 1, divisor);
    }
}
