package io.complaints.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.complaints.events.Category;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.EventTypes;
import io.complaints.events.UnitRef;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.SampleEvents;
import io.complaints.testsupport.TopicWriter;

/**
 * The published events of one complaint, as intake and handling send them: for tests of the read
 * models. Each handling event gets the case's next sequence number and a time after the last one.
 */
public final class Story {

    private final String complaintId;
    private final List<CloudEvent<Object>> events = new ArrayList<>();
    private long caseSequence;
    private Instant now;

    private Story(String complaintId) {
        this.complaintId = complaintId;
    }

    /** Received at the unit, with intake's sample facts (hotline, billing) unless given. */
    public static Story received(String complaintId, UnitRef unit, int level, Instant at) {
        return received(complaintId, unit, level, at, Category.BILLING, Channel.HOTLINE);
    }

    public static Story received(String complaintId, UnitRef unit, int level, Instant at, Category category,
                                 Channel channel) {
        return registered(complaintId, unit, level, at, at, category, channel);
    }

    /**
     * Received at {@code receivedAt} but registered (the event's own time) only at {@code registeredAt}:
     * a late registration, e.g. of a letter.
     */
    public static Story receivedLate(String complaintId, UnitRef unit, int level, Instant receivedAt,
                                     Instant registeredAt) {
        return registered(complaintId, unit, level, receivedAt, registeredAt, Category.BILLING, Channel.HOTLINE);
    }

    private static Story registered(String complaintId, UnitRef unit, int level, Instant at, Instant registeredAt,
                                    Category category, Channel channel) {
        ComplaintReceived sample = SampleEvents.complaintReceived(complaintId, level, at);
        ComplaintReceived received = new ComplaintReceived(complaintId, unit.code() + "-" + complaintId, unit, channel,
                category, level, sample.description(), sample.demand(), sample.occurredAt(), sample.complainedAbout(),
                sample.priority(), sample.prioritySources(), sample.repeatOf(), sample.groupSize(),
                sample.resolvedAtIntake(), sample.complainant(), at, sample.receivedBy());
        Story story = new Story(complaintId);
        story.now = registeredAt;
        story.events.add(event(EventTypes.COMPLAINT_RECEIVED, complaintId, registeredAt, 0, received));
        return story;
    }

    /** Received, escalated, a remedy declined once, called back dissatisfied, reopened, closed satisfied. */
    public static Story whole(String id, UnitRef unit, Instant received) {
        Instant settleDue = received.plus(Duration.ofDays(3));
        UnitRef up = new UnitRef(unit.path().get(unit.path().size() - 2), unit.path().subList(0, unit.path().size() - 1));
        return Story.received(id, unit, 2, received)
                .then(Duration.ofSeconds(1), new CaseOpened(id, unit.code() + "-" + id, unit, 2, received.plusSeconds(1)))
                .then(new CaseTriaged(id, 1, "billing", received.plusSeconds(600)))
                .then(new DeadlineSet(id, new OpenDeadline(TimeLimit.SETTLE, settleDue)))
                .then(new Escalated(id, unit, up, EscalationReason.LEVEL_2_AT_TRIAGE, null, received, null))
                .then(new HandlerAssigned(id, "handler.zhao", "metering", null))
                .then(new FindingsRecorded(id, "meter misread", "METER-READING"))
                .then(new RemedyProposed(id, 1, "correct", "h", LocalDate.parse("2026-11-05"), "", "", true))
                .then(new RemedyApproved(id, 1, true, null))
                .then(new RemedyOffered(id, 1))
                .then(new RemedyDeclined(id, 1, "too little", 1))
                .then(new RemedyProposed(id, 2, "correct and refund", "h", LocalDate.parse("2026-11-05"), "", "", true))
                .then(new RemedyApproved(id, 2, false, "ok"))
                .then(new RemedyOffered(id, 2))
                .then(new RemedyAccepted(id, 2))
                .then(new DeadlineMet(id, new OpenDeadline(TimeLimit.SETTLE, settleDue), received.plusSeconds(7200)))
                .then(new RemedyExecuted(id, 2, "done"))
                .then(new CallbackInstructed(id, "billing"))
                .then(new DeadlineSet(id, new OpenDeadline(TimeLimit.CALLBACK, received.plus(Duration.ofDays(2)))))
                .then(Duration.ofDays(3), new DeadlineMissed(id,
                        new OpenDeadline(TimeLimit.CALLBACK, received.plus(Duration.ofDays(2))), received))
                .then(new CallbackCompleted(id, "agent.sun", "quality", Satisfaction.DISSATISFIED, "no refund yet"))
                .then(new CaseReopened(id, "no refund yet"))
                .then(new RemedyProposed(id, 3, "pay out", "h", LocalDate.parse("2026-11-06"), "", "", true))
                .then(new RemedyApproved(id, 3, false, null))
                .then(new RemedyOffered(id, 3))
                .then(new RemedyAccepted(id, 3))
                .then(new RemedyExecuted(id, 3, "paid"))
                .then(new CallbackInstructed(id, "billing"))
                .then(new CallbackCompleted(id, "agent.sun", "quality", Satisfaction.SATISFIED, "thanks"))
                .then(new CaseClosed(id, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, received.plus(Duration.ofDays(4))))
                .then(new EscalationsResolved(id, up, received.plus(Duration.ofDays(4))));
    }

    /** A handling event, some time after the last one. */
    public Story then(Duration later, Object data) {
        now = now.plus(later);
        String type = EventTypes.typeOf(data.getClass()).orElseThrow(
                () -> new IllegalArgumentException(data.getClass() + " is not a published event"));
        events.add(event(type, complaintId, now, caseSequence++, data));
        return this;
    }

    public Story then(Object data) {
        return then(Duration.ofMinutes(10), data);
    }

    public String complaintId() {
        return complaintId;
    }

    public Instant now() {
        return now;
    }

    /** Sends the events to the shared broker's topics, as intake (the receipt) and handling (the rest) publish them. */
    public Story publish() {
        CloudEventCodec codec = new CloudEventCodec();
        String kafka = Infrastructure.shared().kafkaBootstrapServers();
        for (CloudEvent<Object> event : events) {
            String topic = event.type().equals(EventTypes.COMPLAINT_RECEIVED) ? Topics.INTAKE : Topics.HANDLING;
            TopicWriter.send(kafka, topic, event.subject(), codec.encode(event));
        }
        return this;
    }

    public List<CloudEvent<Object>> events() {
        return List.copyOf(events);
    }

    private static CloudEvent<Object> event(String type, String complaintId, Instant time, long sequence, Object data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/test", type, complaintId, time, "someone", "SH-PD",
                sequence, data);
    }
}
