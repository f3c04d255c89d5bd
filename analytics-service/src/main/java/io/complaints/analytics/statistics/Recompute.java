package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.readmodel.Generation;

/**
 * Computes buckets from the ledger rows: those of the months noted out of date (every second or
 * so), or all of them in one pass over the ledger (at the end of a rebuild). A bucket depends only
 * on the rows of its unit and month, so computing it again gives the same bucket: recomputes may
 * repeat. Several instances recompute, each the months it claimed (see {@link DirtyMonths#claim}).
 */
@Component
class Recompute {

    /**
     * How long a claim on a month's recompute holds. It only spares other instances the same work: a
     * bucket is never replaced by one computed from fewer changes, and a note is cleared only as it was
     * seen, so two recomputes of one month at once give the right figures. Short, because the claim of an
     * instance that died holds the month's figures still until it lapses (five minutes were seen to stall
     * a branch's statistics after an instance was killed).
     */
    static final Duration CLAIM_FOR = Duration.ofSeconds(30);
    private static final int ROWS_PER_BATCH = 2_000;

    private final MongoTemplate mongo;
    private final DirtyMonths dirtyMonths;
    private final Buckets buckets;
    private final Clock clock;

    Recompute(MongoTemplate mongo, DirtyMonths dirtyMonths, Buckets buckets, Clock clock) {
        this.mongo = mongo;
        this.dirtyMonths = dirtyMonths;
        this.buckets = buckets;
        this.clock = clock;
    }

    /**
     * Recomputes the buckets of the units of each month noted out of date that this instance could
     * claim, from one pass over those months' ledger rows; how many months it did.
     */
    int dirty(Generation generation) {
        Instant now = clock.instant();
        List<DirtyMonths.Note> claimed = dirtyMonths.dirty(generation).stream()
                .map(note -> dirtyMonths.claim(generation, note.month(), now, CLAIM_FOR))
                .filter(Objects::nonNull).toList();
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            Map<String, MonthOfUnits> months = new LinkedHashMap<>();
            claimed.forEach(note -> months.put(note.month(), new MonthOfUnits(note.month(), note.units())));
            try (Stream<LedgerRow> found = rowsOf(query(where("month").in(months.keySet())), generation)) {
                found.map(ComplaintFacts::of).flatMap(Optional::stream)
                        .forEach(complaint -> months.get(complaint.month()).add(complaint));
            }
            for (DirtyMonths.Note note : claimed) {
                months.get(note.month()).buckets(note.changes()).forEach(bucket -> buckets.write(bucket, generation));
                dirtyMonths.clear(generation, note);
            }
        } finally {
            claimed.forEach(note -> dirtyMonths.release(generation, note.month()));
        }
        return claimed.size();
    }

    /**
     * Computes every bucket in one pass over the ledger, in whatever order the rows come (sorting a
     * big ledger would cost the store more than keeping every month's buckets here); then clears the
     * notes.
     */
    void everything(Generation generation) {
        Map<String, DirtyMonths.Note> notes = new HashMap<>();
        dirtyMonths.all(generation).forEach(note -> notes.put(note.month(), note));
        Map<String, MonthOfUnits> months = new TreeMap<>();
        try (Stream<LedgerRow> found = rowsOf(query(where("month").ne(null)), generation)) {
            found.map(ComplaintFacts::of).flatMap(Optional::stream).forEach(complaint -> months
                    .computeIfAbsent(complaint.month(), month -> new MonthOfUnits(month, null)).add(complaint));
        }
        months.forEach((month, buckets) -> {
            DirtyMonths.Note note = notes.get(month);
            buckets.buckets(note == null ? 0 : note.changes()).forEach(bucket -> this.buckets.write(bucket, generation));
        });
        notes.values().forEach(note -> dirtyMonths.clear(generation, note));
    }

    /** The rows, a batch at a time: a month, let alone a whole ledger, can be far more than one reply holds. */
    private Stream<LedgerRow> rowsOf(Query query, Generation generation) {
        query.fields().include(ComplaintFacts.LEDGER_FIELDS);
        return mongo.stream(query.cursorBatchSize(ROWS_PER_BATCH), LedgerRow.class,
                generation.collection(Ledger.COLLECTION));
    }

    /** The buckets of one month being computed: of the given units, or of every unit met. */
    private static final class MonthOfUnits {

        private final String month;
        private final Map<String, BucketBuilder> byUnit = new LinkedHashMap<>();
        private final boolean everyUnit;

        MonthOfUnits(String month, Collection<String> units) {
            this.month = month;
            this.everyUnit = units == null;
            if (units != null) {
                units.forEach(unit -> byUnit.put(unit, new BucketBuilder(unit)));
            }
        }

        /** The complaint counts at every unit of its path: its own and each one above. */
        void add(ComplaintFacts complaint) {
            for (String unit : complaint.unitPath()) {
                BucketBuilder bucket = everyUnit ? byUnit.computeIfAbsent(unit, BucketBuilder::new)
                        : byUnit.get(unit);
                if (bucket != null) {
                    bucket.add(complaint);
                }
            }
        }

        List<Bucket> buckets(long basis) {
            return byUnit.entrySet().stream().map(e -> e.getValue().build(month, basis)).toList();
        }
    }
}
