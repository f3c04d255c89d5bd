package io.complaints.analytics.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The times to close (receipt to closing) of a set of closed complaints, and likewise the times to
 * first contact (receipt to the responsible department's first contact with the complainant), kept
 * small whatever their number: how many, their sum (for the mean), and a histogram (for the 90th percentile). A time falls
 * in the bin of the whole hour it ends in up to 72 hours (3 days, the limit for settling a
 * complaint), beyond that in the bin of the whole day; a bin is named by its upper bound in hours.
 * So the p90 is exact to the hour within three days and to the day beyond, and a histogram has at
 * most 72 bins plus one per day of the longest time, a few hundred at worst, where a list of every
 * time would grow with the number of complaints. Histograms add up, so a year is the sum of its months.
 *
 * @param bins the non-empty bins, by their upper bound
 */
record CloseTimes(long count, long totalSeconds, List<Bin> bins) {

    /** {@code count} times of at most {@code hours} hours (and more than the bin below). */
    record Bin(long hours, long count) {
    }

    static final CloseTimes NONE = new CloseTimes(0, 0, List.of());

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;
    private static final long HOURLY_UP_TO = 72 * HOUR;

    CloseTimes {
        bins = List.copyOf(bins);
    }

    static CloseTimes of(Duration timeToClose) {
        long seconds = Math.max(0, timeToClose.toSeconds());
        return new CloseTimes(1, seconds, List.of(new Bin(binOf(seconds), 1)));
    }

    /** The upper bound in hours of the bin a time of so many seconds falls in. */
    static long binOf(long seconds) {
        if (seconds <= HOURLY_UP_TO) {
            return Math.max(1, ceilDiv(seconds, HOUR));
        }
        return ceilDiv(seconds, DAY) * 24;
    }

    CloseTimes plus(CloseTimes other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        TreeMap<Long, Long> merged = new TreeMap<>();
        bins.forEach(bin -> merged.merge(bin.hours(), bin.count(), Long::sum));
        other.bins.forEach(bin -> merged.merge(bin.hours(), bin.count(), Long::sum));
        List<Bin> sum = new ArrayList<>(merged.size());
        merged.forEach((hours, n) -> sum.add(new Bin(hours, n)));
        return new CloseTimes(count + other.count, totalSeconds + other.totalSeconds, sum);
    }

    /** The mean in hours, to two decimals; null when nothing closed. */
    BigDecimal meanHours() {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(totalSeconds).divide(BigDecimal.valueOf(count * HOUR), 2, RoundingMode.HALF_UP);
    }

    /** Within how many hours 90 % of them closed ({@link #percentileHours}); null when nothing closed. */
    Long p90Hours() {
        return percentileHours(90);
    }

    /** Within how many hours half of them were done ({@link #percentileHours}); null when none were. */
    Long medianHours() {
        return percentileHours(50);
    }

    /**
     * Within how many hours {@code percent} % of them were done: the bin of the time of rank
     * ⌈percent·n/100⌉ in increasing order (nearest rank); null when none were.
     */
    Long percentileHours(int percent) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, ceilDiv(percent * count, 100));
        long seen = 0;
        for (Bin bin : bins) {
            seen += bin.count();
            if (seen >= rank) {
                return bin.hours();
            }
        }
        throw new IllegalStateException("the bins hold fewer times than counted");
    }

    private static long ceilDiv(long dividend, long divisor) {
        return Math.floorDiv(dividend + divisor - 1, divisor);
    }
}
