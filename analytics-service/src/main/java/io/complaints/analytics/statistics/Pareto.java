package io.complaints.analytics.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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

    /**
     * One bar of the Pareto, and the point of its cumulative line.
     *
     * @param name the cause's name in the catalogue ({@code English / 中文}); null when it names no such code
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cause(String cause, String name, long count, BigDecimal share, long cumulativeCount,
                        BigDecimal cumulativeShare) {

        /** A cause the catalogue does not name. */
        public Cause(String cause, long count, BigDecimal share, long cumulativeCount, BigDecimal cumulativeShare) {
            this(cause, null, count, share, cumulativeCount, cumulativeShare);
        }
    }

    /** The Pareto of the bucket's causes, the first {@code limit} of them, with their names. */
    static Pareto of(String unit, String period, Bucket bucket, int limit, CauseCatalogue catalogue) {
        List<Bucket.CauseCount> sorted = bucket.causes().stream()
                .sorted(Comparator.comparingLong(Bucket.CauseCount::count).reversed()
                        .thenComparing(Bucket.CauseCount::cause))
                .toList();
        long whole = sorted.stream().mapToLong(Bucket.CauseCount::count).sum();
        List<Cause> causes = new ArrayList<>();
        long cumulative = 0;
        for (Bucket.CauseCount cause : sorted.subList(0, Math.min(limit, sorted.size()))) {
            cumulative += cause.count();
            causes.add(new Cause(cause.cause(), catalogue.nameOf(cause.cause()).orElse(null), cause.count(), Figures.ratio(cause.count(), whole), cumulative,
                    Figures.ratio(cumulative, whole)));
        }
        return new Pareto(unit, period, whole, bucket.withoutCause(), causes);
    }
}
