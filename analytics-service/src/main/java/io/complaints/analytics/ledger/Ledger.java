package io.complaints.analytics.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.ComplainedAbout;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.PrioritySource;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.InvalidityExplained;

/**
 * The complaint ledger (投诉台账): one row per complaint, every key fact, status, milestone and
 * deadline flag, from both topics, with the words of the registration form, the findings, the remedy,
 * its result, the invalidity's explanation and the callback's answers (personal data: the ledger is
 * read by authorised roles only and none of it is logged). The case's status is the one its events
 * carry. Facts of an event are written so that repeating them changes
 * nothing; what changes over a case's life (its status, holder, handler, open deadlines) is written
 * only by an event later in the case than the last one applied (by the case's own sequence), so that
 * redeliveries and replays cannot take a row back in time. Counted things (escalations, reopenings,
 * declines, callbacks) are sets of event ids.
 */
@Component
@org.springframework.core.annotation.Order(0) // first of the read models: others (statistics) read its rows
public class Ledger implements ReadModel {

    public static final String COLLECTION = "ledger";
    private static final String INTAKE_SEQUENCE = "intakeSequence";
    private static final String CASE_SEQUENCE = "caseSequence";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ZoneId zone;

    Ledger(MongoTemplate mongo, Clock clock, @Value("${complaints.analytics.zone:Asia/Shanghai}") ZoneId zone) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public void ensureIndexes(Generation generation) {
        var ledger = mongo.indexOps(generation.collection(COLLECTION));
        ledger.ensureIndex(new Index("registrationNumber", Sort.Direction.ASC).sparse());
        ledger.ensureIndex(new Index("unitPath", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC));
        ledger.ensureIndex(new Index("month", Sort.Direction.ASC).on("unitPath", Sort.Direction.ASC));
        ledger.ensureIndex(new Index("escalationsOpen", Sort.Direction.ASC).on("unitPath", Sort.Direction.ASC));
    }

    /**
     * One ordered bulk of writes by row id: each event's facts, and its state when the event is later
     * in its sequence than the last one applied. The last applied sequences are read once, by the
     * rows' ids, and followed in memory through the events, to leave out the state of events already
     * overtaken; a state that is written is written only where the row's sequence is still older, the
     * check part of the write itself: a rebuild's catch-up may apply later events of the same
     * complaint between the reading and the writing (the states of intake and of the case are
     * separate fields, each with its own sequence).
     */
    @Override
    public void applyAll(List<CloudEvent<Object>> events, Generation generation) {
        if (events.isEmpty()) {
            return;
        }
        String collection = generation.collection(COLLECTION);
        List<Change> changes = events.stream().map(this::describe).toList();
        Map<String, Long> lastApplied = lastApplied(changes.stream().filter(Change::changesState).toList(), collection);
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        for (Change change : changes) {
            writes.upsert(byId(change.subject()), change.facts());
            if (change.changesState()) {
                String key = change.subject() + "/" + change.sequenceField();
                Long last = lastApplied.get(key);
                if (last == null || last < change.sequence()) {
                    lastApplied.put(key, change.sequence());
                    writes.updateOne(olderThan(change), change.stateWithSequence());
                }
            }
        }
        writes.execute();
    }

    /**
     * Catching up, the check of the sequence is part of the write itself, atomic against the live
     * feed applying later events of the same complaint at the same time.
     */
    @Override
    public void catchUp(CloudEvent<Object> event, Generation generation) {
        String collection = generation.collection(COLLECTION);
        Change change = describe(event);
        mongo.upsert(byId(event.subject()), change.facts(), collection);
        if (change.changesState()) {
            mongo.updateFirst(olderThan(change), change.stateWithSequence(), collection);
        }
    }

    /** The last applied sequence of each row and topic the changes touch, by "row id/sequence field". */
    private Map<String, Long> lastApplied(List<Change> changes, String collection) {
        if (changes.isEmpty()) {
            return new HashMap<>();
        }
        Query rows = query(where("_id").in(changes.stream().map(Change::subject).distinct().toList()));
        rows.fields().include(INTAKE_SEQUENCE, CASE_SEQUENCE);
        Map<String, Long> last = new HashMap<>();
        for (Document stored : mongo.find(rows, Document.class, collection)) {
            for (String field : List.of(INTAKE_SEQUENCE, CASE_SEQUENCE)) {
                Number sequence = stored.get(field, Number.class);
                if (sequence != null) {
                    last.put(stored.get("_id") + "/" + field, sequence.longValue());
                }
            }
        }
        return last;
    }

    private static Query byId(String complaintId) {
        return query(where("_id").is(complaintId));
    }

    /** The change's row, while no event as late as the change's in its sequence was applied to it. */
    private static Query olderThan(Change change) {
        return query(where("_id").is(change.subject()).orOperator(where(change.sequenceField()).exists(false),
                where(change.sequenceField()).lt(change.sequence())));
    }

    /**
     * What one event writes: facts that repeating cannot change, and state kept by its topic's
     * sequence (the two never touch the same field, so that one update can carry both).
     */
    private record Change(CloudEvent<Object> event, Update facts, Update state, String sequenceField) {

        String subject() {
            return event.subject();
        }

        long sequence() {
            return event.sequence();
        }

        boolean changesState() {
            return !state.getUpdateObject().isEmpty();
        }

        Update stateWithSequence() {
            return state.set(sequenceField, event.sequence());
        }
    }

    private Change describe(CloudEvent<Object> event) {
        Update facts = eventFacts(event);
        Update state = new Update();
        boolean fromCase = !(event.data() instanceof ComplaintReceived || event.data() instanceof ComplaintAmended
                || event.data() instanceof ComplaintWithdrawn);
        describe(event, facts, state);
        return new Change(event, facts, state, fromCase ? CASE_SEQUENCE : INTAKE_SEQUENCE);
    }

    /** What every event notes: the first and last time the row heard of the complaint, and when it appeared. */
    private Update eventFacts(CloudEvent<Object> event) {
        return new Update().min("firstEventAt", event.time()).max("lastEventAt", event.time())
                .setOnInsert("visibleAt", clock.instant());
    }

    /** What the event says: its facts, and the state it leaves the case in. */
    private void describe(CloudEvent<Object> event, Update facts, Update state) {
        String id = event.id();
        switch (event.data()) {
            case ComplaintReceived r -> {
                facts.set("registrationNumber", r.registrationNumber()).set("unitCode", r.unit().code())
                        .set("unitPath", r.unit().path()).set("receivedAt", r.receivedAt())
                        .set("month", MONTH.format(r.receivedAt().atZone(zone)))
                        .set("repeatOf", r.repeatOf() == null ? null : r.repeatOf().registrationNumber())
                        .set("repeat", r.repeatOf() != null)
                        .set("resolvedAtIntake", r.resolvedAtIntake() != null);
                intakeFacts(state, r.channel().name(), r.category().name(), r.level(), r.prioritySources(),
                        r.groupSize());
                registrationForm(state, r.description(), r.demand(), r.occurredAt(), r.complainedAbout());
            }
            case ComplaintAmended a -> {
                intakeFacts(state, a.channel().name(), a.category().name(), a.level(), a.prioritySources(),
                        a.groupSize());
                registrationForm(state, a.description(), a.demand(), a.occurredAt(), a.complainedAbout());
            }
            case ComplaintWithdrawn w -> facts.set("withdrawnAt", w.withdrawnAt()).set("withdrawn", true);
            case CaseOpened o -> {
                facts.set("caseOpenedAt", o.openedAt()).set("registrationNumber", o.registrationNumber())
                        .set("unitCode", o.unit().code()).set("unitPath", o.unit().path());
                state.set("caseStatus", o.status().name()).set("holderUnit", o.unit().code());
            }
            case CaseTriaged t -> {
                facts.min("triagedAt", t.triagedAt());
                state.set("caseStatus", t.status().name()).set("triagedLevel", t.level())
                        .set("responsibleDepartment", t.responsibleDepartment());
            }
            case CaseRetriaged r -> {
                facts.addToSet("retriages", id);
                state.set("caseStatus", r.status().name()).set("triagedLevel", r.level())
                        .set("responsibleDepartment", r.responsibleDepartment()).set("invalid", !r.valid());
            }
            case HandlerAssigned h -> state.set("handlerId", h.handlerId());
            case ComplainantContacted c -> facts.min("contactedAt", c.contactedAt());
            case FindingsRecorded f -> {
                facts.min("findingsAt", event.time());
                state.set("causeCode", f.causeCode()).set("findings", f.findings());
            }
            case CaseMarkedInvalid i -> {
                facts.set("invalid", true).set("invalidReason", i.reason().name())
                        .set("invalidExplanation", i.explanation());
                state.set("caseStatus", i.status().name());
            }
            case InvalidityExplained e -> facts.min("explainedAt", e.explainedAt());
            case RemedyProposed p -> {
                facts.min("remedyProposedAt", event.time());
                state.set("caseStatus", p.status().name())
                        .set("remedyNumber", p.remedyNumber()).set("remedyMeasures", p.measures())
                        .set("remedyResponsiblePerson", p.responsiblePerson())
                        .set("remedyDueDate", p.dueDate() == null ? null : p.dueDate().toString())
                        .set("correctiveActions", p.correctiveActions())
                        .set("preventiveActions", p.preventiveActions());
            }
            case RemedyApproved a -> {
                facts.min("remedyApprovedAt", event.time());
                if (a.deemed()) {
                    facts.addToSet("deemedApprovals", id);
                }
                state.set("caseStatus", a.status().name());
            }
            case RemedyRejected r -> state.set("caseStatus", r.status().name());
            case RemedyOffered o -> state.set("caseStatus", o.status().name());
            case RemedyAccepted a -> {
                facts.min("remedyAcceptedAt", event.time());
                state.set("caseStatus", a.status().name());
            }
            case RemedyDeclined d -> {
                facts.addToSet("declines", id);
                state.set("caseStatus", d.status().name());
            }
            case RemedyExecuted x -> {
                facts.min("remedyExecutedAt", event.time());
                state.set("caseStatus", x.status().name()).set("result", x.result());
            }
            case CallbackInstructed c -> {
                facts.min("callbackInstructedAt", event.time());
                state.set("caseStatus", c.status().name());
            }
            case CallbackCompleted c -> {
                facts.set("callbacks." + id, c.satisfaction().name()).min("firstCallbackAt", event.time());
                if (c.timelinessSatisfaction() != null) {
                    facts.set("callbackTimeliness." + id, c.timelinessSatisfaction().name());
                }
                if (c.method() != null) {
                    facts.set("callbackMethods." + id, c.method().name());
                }
                state.set("satisfaction", c.satisfaction().name()).set("callbackComment", c.comment())
                        .set("timelinessSatisfaction", c.timelinessSatisfaction() == null ? null
                                : c.timelinessSatisfaction().name())
                        .set("callbackMethod", c.method() == null ? null : c.method().name());
            }
            case CaseReopened r -> {
                facts.addToSet("reopenings", id);
                state.set("caseStatus", r.status().name()).unset("closedAt").unset("outcome");
            }
            case CaseClosed c -> state.set("caseStatus", c.status().name()).set("closedAt", c.closedAt())
                    .set("outcome", c.outcome().name());
            case Escalated e -> {
                facts.addToSet("escalations", id).min("firstEscalatedAt", e.escalatedAt());
                state.set("holderUnit", e.toUnit().code()).set("escalationLevel", escalationLevel(e))
                        .set("escalationReason", e.reason().name()).set("escalationsOpen", true)
                        .set("lastEscalatedAt", e.escalatedAt());
            }
            case EscalationsResolved r -> state.set("escalationsOpen", false);
            case CaseTakenOver t -> state.set("holderUnit", t.toUnit().code()).set("takenOver", true);
            case ClockPaused p -> state.set("paused", true);
            case ClockResumed r -> state.set("paused", false);
            case DeadlineSet s -> state.set("deadlines." + s.deadline().limit().name(), s.deadline().due());
            case DeadlineMet m -> {
                facts.set("met." + m.deadline().limit().name(), true);
                state.unset("deadlines." + m.deadline().limit().name());
            }
            case DeadlineWithdrawn w -> state.unset("deadlines." + w.deadline().limit().name());
            case DeadlineMissed m -> {
                facts.set("missed." + m.deadline().limit().name(), true);
                state.unset("deadlines." + m.deadline().limit().name());
            }
            default -> {
                // an event the ledger does not show (e.g. reminders): only its time is kept
            }
        }
    }

    private static void intakeFacts(Update state, String channel, String category, int level,
                                    List<PrioritySource> sources, int groupSize) {
        state.set("channel", channel).set("category", category).set("intakeLevel", level)
                .set("priority", !sources.isEmpty())
                .set("prioritySources", sources.stream().map(Enum::name).sorted().toList())
                .set("groupSize", groupSize);
    }

    /** The registration form's own words (投诉登记表): what happened, what the complainant asks, whom it is about. */
    private static void registrationForm(Update state, String description, String demand, Instant occurredAt,
                                         ComplainedAbout about) {
        state.set("description", description).set("demand", demand).set("occurredAt", occurredAt)
                .set("complainedAboutUnit", about == null ? null : about.unitCode())
                .set("complainedAboutDepartment", about == null ? null : about.department())
                .set("complainedAboutPerson", about == null ? null : about.person())
                .set("complainedAboutProductOrService", about == null ? null : about.productOrService());
    }

    /** How far up the case went: 1 = HQ, 2 = a subsidiary, 3 = a branch (the depth of the unit it went to). */
    private static int escalationLevel(Escalated escalated) {
        return escalated.toUnit().path().size();
    }

    /** Only the unit path criterion, for callers that scope their questions to units. */
    public static Criteria ofUnit(String unit) {
        return where("unitPath").is(unit);
    }
}
