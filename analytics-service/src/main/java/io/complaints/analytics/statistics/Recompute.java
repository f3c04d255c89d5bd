package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
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
 * run on several instances at once, and may repeat.
 */
@Component
class Recompute {

    private final MongoTemplate mongo;
    private final DirtyMonths dirtyMonths;
    private final Buckets buckets;

    Recompute(MongoTemplate mongo, DirtyMonths dirtyMonths, Buckets buckets) {
        this.mongo = mongo;
        this.dirtyMonths = dirtyMonths;
        this.buckets = buckets;
    }

    /** Recomputes the buckets of the units of each month noted out of date; how many months it did. */
    int dirty(Generation generation) {
        List<DirtyMonths.Note> notes = dirtyMonths.dirty(generation);
        for (DirtyMonths.Note note : notes) {
            MonthOfUnits month = new MonthOfUnits(note.month(), note.units());
            Query rows = query(where("month").is(note.month()).and("unitPath").in(note.units()));
            try (Stream<LedgerRow> found = rowsOf(rows, generation)) {
                found.map(ComplaintFacts::of).flatMap(Optional::stream).forEach(month::add);
            }
            month.buckets(note.changes()).forEach(bucket -> buckets.write(bucket, generation));
            dirtyMonths.clear(generation, note);
        }
        return notes.size();
    }

    /** Computes every bucket in one pass over the ledger, month after month; then clears the notes. */
    void everything(Generation generation) {
        Map<String, DirtyMonths.Note> notes = new HashMap<>();
        dirtyMonths.all(generation).forEach(note -> notes.put(note.month(), note));
        Query all = query(where("month").ne(null)).with(Sort.by("month"));
        try (Stream<LedgerRow> found = rowsOf(all, generation)) {
            Iterator<ComplaintFacts> complaints = found.map(ComplaintFacts::of).flatMap(Optional::stream).iterator();
            MonthOfUnits month = null;
            while (complaints.hasNext()) {
                ComplaintFacts complaint = complaints.next();
                if (month == null || !month.month.equals(complaint.month())) {
                    write(month, notes, generation);
                    month = new MonthOfUnits(complaint.month(), null);
                }
                month.add(complaint);
            }
            write(month, notes, generation);
        }
        notes.values().forEach(note -> dirtyMonths.clear(generation, note));
    }

    private void write(MonthOfUnits month, Map<String, DirtyMonths.Note> notes, Generation generation) {
        if (month != null) {
            DirtyMonths.Note note = notes.get(month.month);
            month.buckets(note == null ? 0 : note.changes()).forEach(bucket -> buckets.write(bucket, generation));
        }
    }

    private Stream<LedgerRow> rowsOf(Query query, Generation generation) {
        query.fields().include(ComplaintFacts.LEDGER_FIELDS);
        return mongo.stream(query, LedgerRow.class, generation.collection(Ledger.COLLECTION));
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
                units.forEach(unit -> byUnit.put(unit, new BucketBuilder()));
            }
        }

        /** The complaint counts at every unit of its path: its own and each one above. */
        void add(ComplaintFacts complaint) {
            for (String unit : complaint.unitPath()) {
                BucketBuilder bucket = everyUnit ? byUnit.computeIfAbsent(unit, u -> new BucketBuilder())
                        : byUnit.get(unit);
                if (bucket != null) {
                    bucket.add(complaint);
                }
            }
        }

        List<Bucket> buckets(long basis) {
            return byUnit.entrySet().stream().map(e -> e.getValue().build(e.getKey(), month, basis)).toList();
        }
    }
}
