package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generation;

/**
 * The months whose buckets are out of date, and for which units: one document per month of receipt.
 * Each change of a complaint's ledger row is noted here after the row is written, by counting up
 * the month's {@code changes} and adding the units of the complaint's path. A recompute reads the
 * note, recomputes, and clears the note only if no change was noted meanwhile; so a change that
 * lands while a recompute reads the rows is never lost, and the count tells which of two
 * recomputes saw more. A recompute first claims the month for a while, so that one instance at a
 * time recomputes it; every write here but the claim and the clearing, which look at the few notes,
 * is answered by the month alone.
 */
@Component
class DirtyMonths {

    static final String COLLECTION = "statistics_dirty_months";
    private static final String LEASE = "recomputingUntil";

    /** A month's note: the units whose buckets are out of date, and how many changes were noted in all. */
    record Note(@Id String month, List<String> units, long changes, boolean dirty) {

        Note {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    private final MongoTemplate mongo;

    DirtyMonths(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Notes a change of a complaint received in the month, at every unit of its path. */
    void mark(Generation generation, String month, List<String> unitPath) {
        mongo.upsert(query(where("_id").is(month)), new Update().set("dirty", true).inc("changes", 1)
                .addToSet("units").each(unitPath.toArray()), collection(generation));
    }

    /** The months to recompute. */
    List<Note> dirty(Generation generation) {
        return mongo.find(query(where("dirty").is(true)).with(Sort.by("_id")), Note.class, collection(generation));
    }

    /** Every month's note. */
    List<Note> all(Generation generation) {
        return mongo.find(new Query(), Note.class, collection(generation));
    }

    /**
     * Claims the month's recompute until {@code now + lease}: the note as claimed, or null when it is
     * no longer out of date or another recompute holds it.
     */
    Note claim(Generation generation, String month, Instant now, Duration lease) {
        return mongo.findAndModify(query(where("_id").is(month).and("dirty").is(true).orOperator(
                        where(LEASE).exists(false), where(LEASE).lt(now))),
                new Update().set(LEASE, now.plus(lease)), FindAndModifyOptions.options().returnNew(true),
                Note.class, collection(generation));
    }

    /** The month is up to date as of the note: cleared unless a change was noted since. */
    void clear(Generation generation, Note seen) {
        mongo.updateFirst(query(where("_id").is(seen.month()).and("changes").is(seen.changes())),
                new Update().set("dirty", false).set("units", List.of()), collection(generation));
    }

    /** Gives the month's claim up, done or not. */
    void release(Generation generation, String month) {
        mongo.updateFirst(query(where("_id").is(month)), new Update().unset(LEASE), collection(generation));
    }

    void ensureIndexes(Generation generation) {
        mongo.indexOps(collection(generation)).createIndex(new Index("dirty", Sort.Direction.ASC));
    }

    private static String collection(Generation generation) {
        return generation.collection(COLLECTION);
    }
}
