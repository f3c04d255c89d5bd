package io.complaints.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The delivery log in MongoDB ({@code delivery_log}). Every change of an entry is one atomic
 * single-document operation, so that any number of instances can work it off together: an entry is
 * claimed by moving its due time past a lease, and only the claim's holder may settle it.
 */
@Component
public class DeliveryLog implements InitializingBean {

    private final MongoTemplate mongo;

    public DeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The indexes the dispatcher's claims and the API's look-ups need. */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(Delivery.class);
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
        indexes.createIndex(new Index("complaintId", Sort.Direction.ASC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }

    /** Records it unless an entry of the same event, recipient and channel is there already; true when recorded. */
    public boolean record(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    /**
     * Takes the pending entry due first, if one is due: it is held for the lease (no other sender gets
     * it meanwhile; if this one dies, it is due again once the lease ends) and counts one more attempt.
     */
    public Optional<Delivery> claimNext(Instant now, Instant leaseEnd) {
        var due = query(where("status").is(DeliveryStatus.PENDING).and("dueAt").lte(now)).with(Sort.by("dueAt"));
        var claim = new Update().set("dueAt", leaseEnd).set("claim", UUID.randomUUID().toString())
                .set("lastAttemptAt", now).inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    /** The channel accepted it. False when the claim was lost meanwhile (the lease ended and another sender took it). */
    public boolean markSent(Delivery claimed, Instant at) {
        return settle(claimed, new Update().set("status", DeliveryStatus.SENT).set("sentAt", at).unset("dueAt")
                .unset("lastError"));
    }

    /** The attempt failed; try again at {@code dueAt}. */
    public boolean reschedule(Delivery claimed, Instant dueAt, String error) {
        return settle(claimed, new Update().set("dueAt", dueAt).set("lastError", error));
    }

    /** No more attempts. */
    public boolean markFailed(Delivery claimed, String error) {
        return settle(claimed, new Update().set("status", DeliveryStatus.FAILED).unset("dueAt").set("lastError", error));
    }

    /** Queues a failed entry again with a fresh retry budget; empty when it is not (or no longer) failed. */
    public Optional<Delivery> requeue(String id, Instant now) {
        var failed = query(where("_id").is(id).and("status").is(DeliveryStatus.FAILED).and("channel").ne(Channel.NONE));
        var again = new Update().set("status", DeliveryStatus.PENDING).set("dueAt", now).set("attempts", 0)
                .inc("requeues", 1).unset("claim");
        return Optional.ofNullable(mongo.findAndModify(failed, again, FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    public List<Delivery> ofComplaint(String complaintId) {
        return mongo.find(query(where("complaintId").is(complaintId)).with(Sort.by("createdAt", "_id")), Delivery.class);
    }

    public List<Delivery> withStatus(DeliveryStatus status, int limit) {
        return mongo.find(query(where("status").is(status)).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .limit(limit), Delivery.class);
    }

    public long count(DeliveryStatus status) {
        return mongo.count(query(where("status").is(status)), Delivery.class);
    }

    private boolean settle(Delivery claimed, Update update) {
        var held = query(where("_id").is(claimed.id()).and("claim").is(claimed.claim())
                .and("status").is(DeliveryStatus.PENDING));
        return mongo.updateFirst(held, update.unset("claim"), Delivery.class).getModifiedCount() == 1;
    }
}
