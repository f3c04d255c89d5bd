package io.complaints.analytics.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.complaints.analytics.Story;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintLink;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.InvalidityReason;
import io.complaints.events.OpenDeadline;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;

/**
 * The published events of one complaint, told step by step for the statistics' tests, on top of
 * {@link Story}: received at a unit at a time of day in Shanghai, then what handling did.
 */
public final class ComplaintHistory {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final String id;
    private final UnitRef unit;
    private final Instant receivedAt;
    private final Story story;
    private boolean repeat;

    private ComplaintHistory(String id, UnitRef unit, Instant receivedAt, Story story) {
        this.id = id;
        this.unit = unit;
        this.receivedAt = receivedAt;
        this.story = story;
    }

    /** Received at {@code shanghaiTime} (local date and time in Shanghai), and its case opened. */
    static ComplaintHistory received(String id, UnitRef unit, String shanghaiTime, Category category,
                                     Channel channel, int level) {
        Instant at = LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
        Story story = Story.received(id, unit, level, at, category, channel)
                .then(Duration.ofSeconds(1), new CaseOpened(id, unit.code() + "-" + id, unit, level, at.plusSeconds(1)));
        return new ComplaintHistory(id, unit, at, story);
    }

    /** A second complaint on the same matter (二次投诉). */
    ComplaintHistory repeat() {
        repeat = true;
        return this;
    }

    ComplaintHistory triaged(int level, String department) {
        story.then(new CaseTriaged(id, level, department, story.now()));
        return this;
    }

    ComplaintHistory cause(String causeCode) {
        story.then(new FindingsRecorded(id, "found", causeCode));
        return this;
    }

    ComplaintHistory met(TimeLimit limit) {
        story.then(new DeadlineMet(id, new OpenDeadline(limit, receivedAt.plus(Duration.ofDays(3))), story.now()));
        return this;
    }

    ComplaintHistory missed(TimeLimit limit) {
        story.then(new DeadlineMissed(id, new OpenDeadline(limit, story.now()), story.now()));
        return this;
    }

    ComplaintHistory escalated(EscalationReason reason) {
        UnitRef up = new UnitRef(unit.path().get(unit.path().size() - 2), unit.path().subList(0, unit.path().size() - 1));
        story.then(new Escalated(id, unit, up, reason, null, story.now(), null));
        return this;
    }

    ComplaintHistory invalid() {
        story.then(new CaseMarkedInvalid(id, InvalidityReason.MISUNDERSTANDING, "explained"));
        return this;
    }

    ComplaintHistory callback(Satisfaction satisfaction) {
        story.then(new CallbackCompleted(id, "agent.sun", "quality", satisfaction, "noted"));
        return this;
    }

    ComplaintHistory reopened() {
        story.then(new CaseReopened(id, "not satisfied"));
        return this;
    }

    ComplaintHistory withdrawn() {
        story.then(new ComplaintWithdrawn(id, unit.code() + "-" + id, "no longer wanted", story.now(), "agent.li"));
        return this;
    }

    /** Closed so long after receipt. */
    ComplaintHistory closed(CaseOutcome outcome, Duration afterReceipt) {
        story.then(new CaseClosed(id, outcome, null, receivedAt.plus(afterReceipt)));
        return this;
    }

    String id() {
        return id;
    }

    /** Its events in the order they were published. */
    public List<CloudEvent<Object>> events() {
        List<CloudEvent<Object>> events = new ArrayList<>(story.events());
        if (repeat) {
            CloudEvent<Object> first = events.getFirst();
            ComplaintReceived r = (ComplaintReceived) first.data();
            ComplaintReceived asRepeat = new ComplaintReceived(r.complaintId(), r.registrationNumber(), r.unit(),
                    r.channel(), r.category(), r.level(), r.description(), r.demand(), r.occurredAt(),
                    r.complainedAbout(), true, r.prioritySources(), new ComplaintLink("earlier-" + id,
                    unit.code() + "-earlier-" + id), r.groupSize(), r.resolvedAtIntake(), r.complainant(),
                    r.receivedAt(), r.receivedBy());
            events.set(0, CloudEvent.of(first.id(), first.source(), first.type(), first.subject(), first.time(),
                    first.actor(), first.unit(), first.sequence(), asRepeat));
        }
        return events;
    }

    /** Whether the event comes on intake's topic (else on handling's). */
    static boolean fromIntake(CloudEvent<Object> event) {
        return event.data() instanceof ComplaintReceived || event.data() instanceof ComplaintWithdrawn
                || event.type().startsWith("io.complaints.intake.");
    }
}
