package io.complaints.intake.complaint;

import java.time.Instant;

import io.complaints.events.Satisfaction;
import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/** The complainant answered the callback online; handling records it as the callback, method ONLINE. */
public record CallbackAnswered(String complaintId, String registrationNumber, String complainantReference,
                               Satisfaction satisfaction, Satisfaction timelinessSatisfaction, String comment,
                               Instant answeredAt, Actor actor) implements AuditedEvent, HoldsPersonalData {

    @Override
    public CallbackAnswered withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new CallbackAnswered(complaintId, registrationNumber, complainantReference, satisfaction,
                timelinessSatisfaction, text.apply(comment), answeredAt, actor);
    }

    @Override
    public String reason() {
        return comment;
    }
}
