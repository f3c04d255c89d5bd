package io.complaints.notification.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.Escalated;
import io.complaints.events.HandlerAssigned;

/**
 * Keeps {@link CaseFacts} from the events. Handling's events of one complaint come in order, so each
 * sets what it changed; intake's ComplaintReceived, on another topic, only fills what is still unknown.
 * Every update is idempotent: applying an event again changes nothing.
 */
@Component
class CaseFactsStore {

    private final MongoTemplate mongo;

    CaseFactsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<CaseFacts> of(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, CaseFacts.class));
    }

    void apply(Object event) {
        switch (event) {
            case ComplaintReceived received -> upsert(received.complaintId(), new Update()
                    .setOnInsert("registrationNumber", received.registrationNumber())
                    .setOnInsert("unit", received.unit()).setOnInsert("level", received.level()));
            case CaseOpened opened -> upsert(opened.complaintId(), new Update()
                    .set("registrationNumber", opened.registrationNumber()).set("unit", opened.unit())
                    .set("level", opened.level()));
            case CaseTriaged triaged -> upsert(triaged.complaintId(), new Update().set("level", triaged.level())
                    .set("department", triaged.responsibleDepartment()));
            case HandlerAssigned assigned -> upsert(assigned.complaintId(), new Update()
                    .set("handlerId", assigned.handlerId()).set("department", assigned.handlerDepartment()));
            case Escalated escalated -> upsert(escalated.complaintId(), new Update().set("unit", escalated.toUnit()));
            case CaseTakenOver takenOver -> upsert(takenOver.complaintId(), new Update().set("unit", takenOver.toUnit()));
            default -> {
                // nothing this service keeps changes
            }
        }
    }

    private void upsert(String complaintId, Update update) {
        mongo.upsert(query(where("_id").is(complaintId)), update, CaseFacts.class);
    }
}
