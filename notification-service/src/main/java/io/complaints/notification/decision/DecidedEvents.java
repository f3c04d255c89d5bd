package io.complaints.notification.decision;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The events whose notifications were decided ({@code decided_events}), by event id. A replayed event
 * is not decided again, even if the directory, the rules or what is known of its case changed since:
 * its notifications were logged the first time, and what was sent then is not sent again.
 */
@Component
class DecidedEvents {

    @Document("decided_events")
    record Decided(@Id String eventId, String eventType, String complaintId, int notices, Instant decidedAt) {
    }

    private final MongoTemplate mongo;

    DecidedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean contains(String eventId) {
        return mongo.findById(eventId, Decided.class) != null;
    }

    void add(Decided decided) {
        try {
            mongo.insert(decided);
        } catch (DuplicateKeyException decidedMeanwhile) {
            // another consumer of a rebalanced partition got there first; its deliveries and these are the same
        }
    }
}
