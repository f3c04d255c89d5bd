package io.complaints.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.complaints.notification.infrastructure.MongoInserts;

/**
 * The delivery log in MongoDB ({@code delivery_log}): every notification, written and read by its id.
 * What waits to be sent is also in a small queue ({@code delivery_queue}) and what failed is noted by
 * id ({@code delivery_failed}), so that sending and counting never search the ever-growing log.
 * Every change is a single-document operation, so that any number of instances can work the queue off
 * together: an entry is claimed in the queue for a lease; only the claim's holder reschedules it or
 * marks it failed, and a sent one is recorded as sent by whoever sent it. The log entry is written
 * before the queue entry leaves, so nothing is lost when an instance stops half-way: the log is the
 * truth, and a queue entry whose log entry is no longer pending is only removed.
 */
@Component
public class DeliveryLog implements InitializingBean {

    /** How long a failed entry queued again by hand is held while its log entry is set back to pending. */
    private static final Duration REQUEUE_HOLD = Duration.ofMinutes(1);

    /** A pending entry held by one sender, with its attempt counted. */
    record Claimed(Delivery delivery, DeliveryQueue.Claim claim) {
    }

    /** A claimed entry its channel accepted at {@code at}. */
    record Sent(Claimed claimed, Instant at) {
    }

    private final MongoTemplate mongo;
    private final DeliveryQueue queue;
    private final FailedDeliveries failed;

    public DeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
        this.queue = new DeliveryQueue(mongo);
        this.failed = new FailedDeliveries(mongo);
    }

    /** The indexes the API's look-ups need (real MongoDB; the stand-in answers by id only). */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(Delivery.class);
        indexes.createIndex(new Index("complaintId", Sort.Direction.ASC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        queue.createIndexes();
        failed.createIndexes();
    }

    /**
     * Records those not recorded yet (one entry per event, recipient and channel) in one round trip,
     * queues the pending ones and notes the failed ones; returns those recorded now. Those recorded
     * before are queued or noted again, in case their first recording stopped half-way.
     */
    public List<Delivery> record(List<Delivery> planned) {
        List<Delivery> recorded = MongoInserts.insertIfAbsent(mongo, Delivery.class, planned);
        List<Delivery> toFollow = new ArrayList<>(recorded);
        if (recorded.size() < planned.size()) {
            Set<String> now = recorded.stream().map(Delivery::id).collect(Collectors.toSet());
            List<String> before = planned.stream().map(Delivery::id).filter(id -> !now.contains(id)).toList();
            toFollow.addAll(mongo.find(query(where("_id").in(before)), Delivery.class));
        }
        followUp(toFollow);
        return recorded;
    }

    /** Queues or notes every open entry of the log (once at start-up: the entries of older versions, and any left half-way). */
    void adoptOpenEntries() {
        followUp(mongo.find(query(where("status").in(DeliveryStatus.PENDING, DeliveryStatus.FAILED)), Delivery.class));
    }

    /** Queues the pending ones and, at the same time, notes the failed ones. */
    private void followUp(List<Delivery> entries) {
        List<DeliveryQueue.Due> due = entries.stream().filter(entry -> entry.status() == DeliveryStatus.PENDING)
                .map(entry -> new DeliveryQueue.Due(entry.id(), entry.dueAt() != null ? entry.dueAt() : entry.createdAt(),
                        null, entry.attempts()))
                .toList();
        List<FailedDeliveries.Failed> failures = entries.stream()
                .filter(entry -> entry.status() == DeliveryStatus.FAILED)
                .map(entry -> new FailedDeliveries.Failed(entry.id(),
                        entry.lastAttemptAt() != null ? entry.lastAttemptAt() : entry.createdAt()))
                .toList();
        if (failures.isEmpty()) {
            queue.enqueue(due);
            return;
        }
        var noted = CompletableFuture.runAsync(() -> failed.add(failures), task -> Thread.ofVirtual().start(task));
        queue.enqueue(due);
        try {
            noted.join();
        } catch (CompletionException failedToNote) {
            throw failedToNote.getCause() instanceof RuntimeException cause ? cause : failedToNote;
        }
    }

    /**
     * Takes the pending entry due first, if one is due: it is held for the lease (no other sender gets
     * it meanwhile; if this one dies, it is due again once the lease ends) and counts one more attempt.
     */
    Optional<Claimed> claimNext(Instant now, Instant leaseEnd) {
        return claimDue(now, leaseEnd, 1).stream().findFirst();
    }

    /**
     * Takes up to {@code most} pending entries, those due first, each held for the lease and counted one
     * more attempt: a few round trips for all of them. Fewer only when fewer are due.
     */
    List<Claimed> claimDue(Instant now, Instant leaseEnd, int most) {
        List<Claimed> claimed = new ArrayList<>();
        List<DeliveryQueue.Claim> claims;
        while (claimed.size() < most && !(claims = queue.claimDue(now, leaseEnd, most - claimed.size())).isEmpty()) {
            Map<String, Delivery> entries = byIds(claims.stream().map(DeliveryQueue.Claim::id).toList()).stream()
                    .collect(Collectors.toMap(Delivery::id, Function.identity()));
            for (DeliveryQueue.Claim claim : claims) {
                Delivery entry = entries.get(claim.id());
                if (entry != null && entry.status() == DeliveryStatus.PENDING) {
                    claimed.add(new Claimed(entry.attempted(claim.attempts(), now), claim));
                    continue;
                }
                if (entry != null) {
                    followUp(List.of(entry));
                }
                queue.remove(claim.id());
            }
        }
        return claimed;
    }

    /**
     * The channel accepted it: recorded as sent (true whoever holds the claim by now), and out of the
     * queue. False when the claim was lost meanwhile (the lease ended and another sender took it).
     */
    boolean markSent(Claimed claimed, Instant at) {
        mongo.updateFirst(byId(claimed.claim().id()), sentUpdate(claimed, at), Delivery.class);
        return queue.remove(claimed.claim());
    }

    /**
     * The channels accepted them: recorded as sent in one round trip, then out of the queue in another
     * by id, whoever holds them by now (they are sent; a sender that took one after a lease ended finds
     * it gone and records nothing but that it sent it too).
     */
    void markSent(List<Sent> sent) {
        var updates = mongo.bulkOps(BulkMode.UNORDERED, Delivery.class);
        for (Sent one : sent) {
            updates.updateOne(byId(one.claimed().claim().id()), sentUpdate(one.claimed(), one.at()));
        }
        updates.execute();
        queue.remove(sent.stream().map(one -> one.claimed().claim().id()).toList());
    }

    private static Update sentUpdate(Claimed claimed, Instant at) {
        return new Update().set("status", DeliveryStatus.SENT).set("sentAt", at).unset("dueAt").unset("lastError")
                .set("attempts", claimed.delivery().attempts()).set("lastAttemptAt", claimed.delivery().lastAttemptAt());
    }

    /** The attempt failed; try again at {@code dueAt}. */
    boolean reschedule(Claimed claimed, Instant at, Instant dueAt, String error) {
        if (!queue.renew(claimed.claim(), at)) {
            return false;
        }
        update(claimed, new Update().set("dueAt", dueAt).set("lastError", error));
        return queue.release(claimed.claim(), dueAt);
    }

    /** No more attempts. */
    boolean markFailed(Claimed claimed, Instant at, String error) {
        if (!queue.renew(claimed.claim(), at)) {
            return false;
        }
        update(claimed, new Update().set("status", DeliveryStatus.FAILED).unset("dueAt").set("lastError", error));
        failed.add(List.of(new FailedDeliveries.Failed(claimed.claim().id(), at)));
        queue.remove(claimed.claim().id());
        return true;
    }

    private void update(Claimed claimed, Update update) {
        mongo.updateFirst(byId(claimed.claim().id()), update.set("attempts", claimed.delivery().attempts())
                .set("lastAttemptAt", claimed.delivery().lastAttemptAt()), Delivery.class);
    }

    /** Queues a failed entry again with a fresh retry budget; empty when it is not (or no longer) failed. */
    public Optional<Delivery> requeue(String id, Instant now) {
        Optional<Delivery> entry = find(id);
        if (entry.isEmpty() || entry.get().status() != DeliveryStatus.FAILED || entry.get().channel() == Channel.NONE) {
            return Optional.empty();
        }
        Optional<DeliveryQueue.Claim> held = queue.enqueueHeld(id, now, now.plus(REQUEUE_HOLD));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        failed.remove(id);
        Delivery queued = mongo.findAndModify(byId(id), new Update().set("status", DeliveryStatus.PENDING)
                .set("dueAt", now).set("attempts", 0).inc("requeues", 1),
                FindAndModifyOptions.options().returnNew(true), Delivery.class);
        queue.release(held.get(), now);
        return Optional.ofNullable(queued);
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    public List<Delivery> ofComplaint(String complaintId) {
        return mongo.find(query(where("complaintId").is(complaintId)).with(Sort.by("createdAt", "_id")), Delivery.class);
    }

    /** Those in a status, newest first (the failed ones: the last to fail first). */
    public List<Delivery> withStatus(DeliveryStatus status, int limit) {
        return withStatus(status, limit, null);
    }

    /** Those in a status that {@code seen} shows (all when null), newest first (the failed ones: the last to fail first). */
    public List<Delivery> withStatus(DeliveryStatus status, int limit, Visibility seen) {
        Predicate<Delivery> shown = entry -> seen == null || seen.shows(entry);
        return switch (status) {
            case PENDING -> byIds(queue.ids()).stream()
                    .filter(entry -> entry.status() == DeliveryStatus.PENDING && shown.test(entry))
                    .sorted(Comparator.comparing(Delivery::createdAt).reversed()).limit(limit).toList();
            case FAILED -> latestFailed(limit, shown);
            case SENT -> mongo.find(query(seen == null || seen.everything() ? where("status").is(status)
                    : new Criteria().andOperator(where("status").is(status), seen.criteria()))
                    .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Delivery.class);
        };
    }

    /** The failed ones, the last to fail first, page by page until {@code limit} are shown or none are left. */
    private List<Delivery> latestFailed(int limit, Predicate<Delivery> shown) {
        List<Delivery> found = new ArrayList<>();
        List<String> page;
        for (int skip = 0; found.size() < limit && !(page = failed.latest(skip, limit)).isEmpty(); skip += page.size()) {
            Map<String, Delivery> entries = byIds(page).stream()
                    .collect(Collectors.toMap(Delivery::id, Function.identity()));
            page.stream().map(entries::get)
                    .filter(entry -> entry != null && entry.status() == DeliveryStatus.FAILED && shown.test(entry))
                    .limit(limit - found.size()).forEach(found::add);
        }
        return found;
    }

    /** How many are in a status now: the pending and failed ones without searching the log. */
    public long count(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> queue.size();
            case FAILED -> failed.size();
            case SENT -> mongo.count(query(where("status").is(status)), Delivery.class);
        };
    }

    private List<Delivery> byIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)), Delivery.class);
    }

    private static Query byId(String id) {
        return query(where("_id").is(id));
    }
}
