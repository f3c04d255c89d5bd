package io.complaints.notification.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.Escalated;
import io.complaints.events.HandlerAssigned;

/**
 * Keeps {@link CaseFacts} from the events. Handling's events of one complaint come in order, so each
 * sets what it changed; intake's ComplaintReceived, on another topic, only fills what is still unknown.
 * Every update is idempotent: applying an event again changes nothing. Read and written by complaint
 * id only, several complaints in one round trip.
 */
@Component
class CaseFactsStore {

    private final MongoTemplate mongo;

    CaseFactsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What is known of these complaints, by complaint id (those not known are missing). */
    Map<String, CaseFacts> of(Collection<String> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(complaintIds)), CaseFacts.class).stream()
                .collect(Collectors.toMap(CaseFacts::complaintId, Function.identity()));
    }

    /** Applies the events (each to the case it is about, its subject) in their order, in one round trip. */
    void apply(List<CloudEvent<Object>> events) {
        var updates = mongo.bulkOps(BulkMode.ORDERED, CaseFacts.class);
        int count = 0;
        for (CloudEvent<Object> event : events) {
            Optional<Update> update = updateOf(event.data());
            if (update.isPresent()) {
                updates.upsert(query(where("_id").is(event.subject())), update.get());
                count++;
            }
        }
        if (count > 0) {
            updates.execute();
        }
    }

    private static Optional<Update> updateOf(Object event) {
        return Optional.ofNullable(switch (event) {
            case ComplaintReceived received -> new Update()
                    .setOnInsert("registrationNumber", received.registrationNumber())
                    .setOnInsert("unit", received.unit()).setOnInsert("level", received.level());
            case CaseOpened opened -> new Update()
                    .set("registrationNumber", opened.registrationNumber()).set("unit", opened.unit())
                    .set("level", opened.level());
            case CaseTriaged triaged -> new Update().set("level", triaged.level())
                    .set("department", triaged.responsibleDepartment());
            case CaseRetriaged retriaged -> new Update().set("level", retriaged.level())
                    .set("department", retriaged.responsibleDepartment());
            case HandlerAssigned assigned -> new Update()
                    .set("handlerId", assigned.handlerId()).set("department", assigned.handlerDepartment());
            case Escalated escalated -> new Update().set("unit", escalated.toUnit());
            case CaseTakenOver takenOver -> new Update().set("unit", takenOver.toUnit());
            default -> null; // nothing this service keeps changes
        });
    }
}
