package io.complaints.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

import io.complaints.notification.infrastructure.MongoInserts;

/**
 * The ids of the delivery log's FAILED entries ({@code delivery_failed}), so that how many failed is
 * a count of this collection and which failed a look-up by id, without searching the whole log. An
 * entry queued again by hand leaves it.
 */
final class FailedDeliveries {

    @Document("delivery_failed")
    record Failed(@Id String id, Instant failedAt) {
    }

    private final MongoTemplate mongo;

    FailedDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** For real MongoDB: the API's newest failures first (the stand-in scans). */
    void createIndexes() {
        mongo.indexOps(Failed.class).createIndex(new Index("failedAt", Sort.Direction.DESC));
    }

    /** Notes each as failed unless it is noted already. */
    void add(Collection<Failed> failed) {
        MongoInserts.insertIfAbsent(mongo, Failed.class, List.copyOf(failed));
    }

    void remove(String id) {
        mongo.remove(query(where("_id").is(id)), Failed.class);
    }

    /** The ids of those that failed last, newest first, after the {@code skip} newest. */
    List<String> latest(int skip, int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "failedAt", "_id")).skip(skip).limit(limit),
                Failed.class).stream().map(Failed::id).toList();
    }

    /** How many failed, from the collection's count (no search). */
    long size() {
        return mongo.estimatedCount(Failed.class);
    }
}
