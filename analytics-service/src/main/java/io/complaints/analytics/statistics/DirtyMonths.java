package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
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
 * recomputes saw more.
 */
@Component
class DirtyMonths {

    static final String COLLECTION = "statistics_dirty_months";

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

    /** The month is up to date as of the note: cleared unless a change was noted since. */
    void clear(Generation generation, Note seen) {
        mongo.updateFirst(query(where("_id").is(seen.month()).and("changes").is(seen.changes())),
                new Update().set("dirty", false).set("units", List.of()), collection(generation));
    }

    void ensureIndexes(Generation generation) {
        mongo.indexOps(collection(generation)).createIndex(new Index("dirty", Sort.Direction.ASC));
    }

    private static String collection(Generation generation) {
        return generation.collection(COLLECTION);
    }
}
