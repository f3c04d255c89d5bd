package io.complaints.analytics.statistics;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds complaints, or whole buckets (a period's months), up into one bucket. */
final class BucketBuilder {

    private static final Comparator<String> KEYS_NULL_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private final String unit;
    private Tally all = Tally.NONE;
    private final Map<Breakdown, Map<String, Tally>> groups = new EnumMap<>(Breakdown.class);
    private final Map<String, Long> causes = new TreeMap<>();
    private long withoutCause;

    /** The counts of {@code unit}: the groups by subordinate unit are those below it. */
    BucketBuilder(String unit) {
        this.unit = unit;
        for (Breakdown breakdown : Breakdown.values()) {
            groups.put(breakdown, new HashMap<>());
        }
    }

    BucketBuilder add(ComplaintFacts complaint) {
        Tally one = Tally.of(complaint);
        all = all.plus(one);
        groups.forEach((breakdown, tallies) -> tallies.merge(breakdown.keyOf(complaint, unit), one, Tally::plus));
        if (complaint.cause() == null) {
            withoutCause++;
        } else {
            causes.merge(complaint.cause(), 1L, Long::sum);
        }
        return this;
    }

    BucketBuilder add(Bucket bucket) {
        all = all.plus(bucket.all());
        groups.forEach((breakdown, tallies) -> bucket.groups(breakdown)
                .forEach(group -> tallies.merge(group.key(), group.tally(), Tally::plus)));
        bucket.causes().forEach(cause -> causes.merge(cause.cause(), cause.count(), Long::sum));
        withoutCause += bucket.withoutCause();
        return this;
    }

    Bucket build(String month, long basis) {
        return new Bucket(Bucket.id(unit, month), unit, month, basis, all, sorted(Breakdown.CATEGORY),
                sorted(Breakdown.LEVEL), sorted(Breakdown.CHANNEL), sorted(Breakdown.DEPARTMENT), sorted(Breakdown.UNIT),
                causes.entrySet().stream().map(e -> new Bucket.CauseCount(e.getKey(), e.getValue())).toList(),
                withoutCause);
    }

    private List<Bucket.Group> sorted(Breakdown breakdown) {
        return groups.get(breakdown).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(KEYS_NULL_LAST))
                .map(e -> new Bucket.Group(e.getKey(), e.getValue()))
                .toList();
    }
}
