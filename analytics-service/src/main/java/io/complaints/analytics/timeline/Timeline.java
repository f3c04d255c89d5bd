package io.complaints.analytics.timeline;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.events.CloudEvent;

/**
 * Every complaint's history across the services (the audit trail): one entry per event, with
 * when, which service, who, for which unit, what happened and why. An entry is written once and
 * never changed, so redeliveries and replays in any order end in the same history.
 */
@Component
public class Timeline implements ReadModel {

    public static final String COLLECTION = "timeline";

    private final MongoTemplate mongo;

    Timeline(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public void ensureIndexes(Generation generation) {
        mongo.indexOps(generation.collection(COLLECTION))
                .createIndex(new Index("complaintId", Sort.Direction.ASC).on("time", Sort.Direction.ASC));
    }

    /** One entry per event, each inserted once by the event's id, in one bulk. */
    @Override
    public void applyAll(List<CloudEvent<Object>> events, Generation generation) {
        if (events.isEmpty()) {
            return;
        }
        BulkOperations entries = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, generation.collection(COLLECTION));
        events.forEach(event -> entries.upsert(query(where("_id").is(event.id())), entry(event)));
        entries.execute();
    }

    private static Update entry(CloudEvent<Object> event) {
        Summary summary = Summary.of(event.data(), name(event.type()));
        Update entry = new Update()
                .setOnInsert("complaintId", event.subject())
                .setOnInsert("time", event.time())
                .setOnInsert("service", service(event.type()))
                .setOnInsert("source", event.source())
                .setOnInsert("type", name(event.type()))
                .setOnInsert("actor", event.actor())
                .setOnInsert("unit", event.unit())
                .setOnInsert("sequence", event.sequence())
                .setOnInsert("what", summary.what())
                .setOnInsert("why", summary.why() == null || summary.why().isBlank() ? null : summary.why())
                .setOnInsert("details", Details.of(event.data()));
        return entry;
    }

    /** The complaint's whole history in {@link TimelineEntry#HISTORY_ORDER}; empty when none is known. */
    public List<TimelineEntry> of(String complaintId, Generation generation) {
        return mongo.find(query(where("complaintId").is(complaintId)), TimelineEntry.class,
                generation.collection(COLLECTION)).stream().sorted(TimelineEntry.HISTORY_ORDER).toList();
    }

    /** {@code io.complaints.handling.CaseTriaged.v1} → {@code CaseTriaged} */
    static String name(String type) {
        String[] parts = type.split("\\.");
        int last = parts.length - 1;
        return last > 0 && parts[last].matches("v\\d+") ? parts[last - 1] : parts[last];
    }

    /** {@code io.complaints.handling.CaseTriaged.v1} → {@code handling} */
    static String service(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 4 && type.startsWith("io.complaints.") ? parts[2] : "unknown";
    }
}
