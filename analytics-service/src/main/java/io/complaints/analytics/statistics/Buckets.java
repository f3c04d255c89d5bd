package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
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
     * (another instance's recompute, a little later than this one).
     */
    void write(Bucket bucket, Generation generation) {
        String collection = collection(generation);
        if (mongo.replace(olderThan(bucket), bucket, ReplaceOptions.none(), collection).getMatchedCount() > 0) {
            return;
        }
        try {
            mongo.insert(bucket, collection);
        } catch (DuplicateKeyException meanwhile) {
            mongo.replace(olderThan(bucket), bucket, ReplaceOptions.none(), collection);
        }
    }

    /** The unit's buckets of those months; months with no complaint have none. */
    List<Bucket> find(String unit, List<String> months, Generation generation) {
        List<String> ids = months.stream().map(month -> Bucket.id(unit, month)).toList();
        return mongo.find(query(where("_id").in(ids)), Bucket.class, collection(generation));
    }

    private static Query olderThan(Bucket bucket) {
        return query(where("_id").is(bucket.id()).and("basis").lt(bucket.basis()));
    }

    private static String collection(Generation generation) {
        return generation.collection(COLLECTION);
    }
}
