package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generation;

/** Where the buckets are kept, one collection per generation. */
@Component
class Buckets {

    static final String COLLECTION = "statistics_buckets";

    private final MongoTemplate mongo;

    Buckets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores the bucket, unless one computed from as many noted changes or more is there already
     * (a recompute of the month that ran just before, with a later note). Read by its id, then
     * replaced by its id: one recompute of a month at a time (see {@link DirtyMonths#claim}).
     */
    void write(Bucket bucket, Generation generation) {
        String collection = collection(generation);
        Query stored = query(where("_id").is(bucket.id()));
        stored.fields().include("basis");
        Document existing = mongo.findOne(stored, Document.class, collection);
        Number basis = existing == null ? null : existing.get("basis", Number.class);
        if (basis == null || basis.longValue() < bucket.basis()) {
            mongo.save(bucket, collection);
        }
    }

    /** The unit's buckets of those months; months with no complaint have none. */
    List<Bucket> find(String unit, List<String> months, Generation generation) {
        List<String> ids = months.stream().map(month -> Bucket.id(unit, month)).toList();
        return mongo.find(query(where("_id").in(ids)), Bucket.class, collection(generation));
    }

    private static String collection(Generation generation) {
        return generation.collection(COLLECTION);
    }
}
