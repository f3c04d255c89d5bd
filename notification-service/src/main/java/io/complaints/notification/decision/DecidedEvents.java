package io.complaints.notification.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import io.complaints.notification.infrastructure.MongoInserts;

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

    /** Those of these events that were decided, in one round trip. */
    Set<String> among(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return mongo.find(query(where("_id").in(eventIds)), Decided.class).stream().map(Decided::eventId)
                .collect(Collectors.toSet());
    }

    /**
     * Marks them decided, in one round trip. One already marked was decided meanwhile by another consumer
     * of a rebalanced partition: its deliveries and these are the same.
     */
    void add(List<Decided> decided) {
        MongoInserts.insertIfAbsent(mongo, Decided.class, decided);
    }
}
