package io.complaints.analytics.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto (柏拉图) of causes of a unit's complaints over a period: complaints per cause code, the
 * most frequent first (equal counts by code), each with its share and the cumulative share of the
 * causes before it and itself; shares are of the complaints with a cause recorded.
 *
 * @param withCause    complaints with a cause recorded (the whole of the shares)
 * @param withoutCause complaints with no cause recorded (yet): not in the shares
 * @param causes       all causes, or the first few when fewer were asked for
 */
public record Pareto(String unit, String period, long withCause, long withoutCause, List<Cause> causes) {

    /** One bar of the Pareto, and the point of its cumulative line. */
    public record Cause(String cause, long count, BigDecimal share, long cumulativeCount,
                        BigDecimal cumulativeShare) {
    }

    /** The Pareto of the bucket's causes, the first {@code limit} of them. */
    static Pareto of(String unit, String period, Bucket bucket, int limit) {
        List<Bucket.CauseCount> sorted = bucket.causes().stream()
                .sorted(Comparator.comparingLong(Bucket.CauseCount::count).reversed()
                        .thenComparing(Bucket.CauseCount::cause))
                .toList();
        long whole = sorted.stream().mapToLong(Bucket.CauseCount::count).sum();
        List<Cause> causes = new ArrayList<>();
        long cumulative = 0;
        for (Bucket.CauseCount cause : sorted.subList(0, Math.min(limit, sorted.size()))) {
            cumulative += cause.count();
            causes.add(new Cause(cause.cause(), cause.count(), Figures.ratio(cause.count(), whole), cumulative,
                    Figures.ratio(cumulative, whole)));
        }
        return new Pareto(unit, period, whole, bucket.withoutCause(), causes);
    }
}
