package io.complaints.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.complaints.notification.infrastructure.MongoInserts;

/**
 * The notifications waiting to be sent ({@code delivery_queue}): one small entry per PENDING entry of
 * the delivery log, due at its next attempt, and left once that entry is SENT or FAILED. Claims look
 * for due entries here, never in the ever-growing log, so what they must search stays as small as
 * what is waiting. The log stays the truth: an entry here whose log entry is no longer pending is
 * only removed.
 */
final class DeliveryQueue {

    /**
     * @param dueAt    when it is next to be tried; while claimed, when the claim's lease ends
     * @param claim    the token of the sender holding it, if any
     * @param attempts how often it was handed to its channel since it was (re)queued
     */
    @Document("delivery_queue")
    record Due(@Id String id, Instant dueAt, String claim, int attempts) {
    }

    /** A due entry held by one sender until {@code leaseEnd}, with its attempt counted. */
    record Claim(String id, String token, int attempts, Instant claimedAt, Instant leaseEnd) {
    }

    private final MongoTemplate mongo;

    DeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** For real MongoDB: the claims' search by due time (the stand-in scans, and the queue is small). */
    void createIndexes() {
        mongo.indexOps(Due.class).createIndex(new Index("dueAt", Sort.Direction.ASC));
    }

    /** Queues each unless it is queued already. */
    void enqueue(Collection<Due> due) {
        MongoInserts.insertIfAbsent(mongo, Due.class, List.copyOf(due));
    }

    /** Queues it held by a new claim until {@code leaseEnd}; empty when it is queued already. */
    Optional<Claim> enqueueHeld(String id, Instant now, Instant leaseEnd) {
        String token = UUID.randomUUID().toString();
        return MongoInserts.insertIfAbsent(mongo, Due.class, List.of(new Due(id, leaseEnd, token, 0))).isEmpty()
                ? Optional.empty() : Optional.of(new Claim(id, token, 0, now, leaseEnd));
    }

    /**
     * Takes up to {@code most} entries, those due first: held until {@code leaseEnd} by one new claim,
     * one more attempt counted. Two searches of the queue for all of them (a third only when another
     * sender took some of them meanwhile, which are left to it).
     */
    List<Claim> claimDue(Instant now, Instant leaseEnd, int most) {
        List<Due> due = mongo.find(query(where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(most), Due.class);
        if (due.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        long taken = mongo.updateMulti(query(where("_id").in(due.stream().map(Due::id).toList()).and("dueAt").lte(now)),
                new Update().set("dueAt", leaseEnd).set("claim", token).inc("attempts", 1), Due.class).getModifiedCount();
        List<Due> claimed = taken == due.size() ? due : mongo.find(query(where("claim").is(token)), Due.class);
        int counted = taken == due.size() ? 1 : 0;
        return claimed.stream()
                .map(one -> new Claim(one.id(), token, one.attempts() + counted, now, leaseEnd)).toList();
    }

    /** Still held by this claim? Then held for a whole lease from {@code now} again; false when lost. */
    boolean renew(Claim claim, Instant now) {
        Instant leaseEnd = now.plus(Duration.between(claim.claimedAt(), claim.leaseEnd()));
        return mongo.updateFirst(held(claim), new Update().set("dueAt", leaseEnd), Due.class).getMatchedCount() == 1;
    }

    /** Lets it go, due at {@code dueAt}; false when the claim was lost meanwhile. */
    boolean release(Claim claim, Instant dueAt) {
        return mongo.updateFirst(held(claim), new Update().set("dueAt", dueAt).unset("claim"), Due.class)
                .getMatchedCount() == 1;
    }

    void remove(String id) {
        mongo.remove(query(where("_id").is(id)), Due.class);
    }

    /** Removes these, in one round trip. */
    void remove(List<String> ids) {
        if (!ids.isEmpty()) {
            mongo.remove(query(where("_id").in(ids)), Due.class);
        }
    }

    /** Removes it if this claim still holds it; false when the claim was lost meanwhile. */
    boolean remove(Claim claim) {
        return mongo.remove(held(claim), Due.class).getDeletedCount() == 1;
    }

    /** The ids of everything queued; the queue holds only what waits, so this is a short list. */
    List<String> ids() {
        return mongo.findAll(Due.class).stream().map(Due::id).toList();
    }

    /** How many wait, from the collection's count (no search). */
    long size() {
        return mongo.estimatedCount(Due.class);
    }

    private static Query held(Claim claim) {
        return query(where("_id").is(claim.id()).and("claim").is(claim.token()));
    }
}
