package io.complaints.intake.complaint;

import java.time.Instant;

import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/** The complainant decided online on the remedy offered; handling records it in the case. */
public record RemedyDecisionGiven(String complaintId, String registrationNumber, String complainantReference,
                                  boolean accepted, String reason, Instant decidedAt, Actor actor)
        implements AuditedEvent, HoldsPersonalData {

    @Override
    public RemedyDecisionGiven withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new RemedyDecisionGiven(complaintId, registrationNumber, complainantReference, accepted,
                text.apply(reason), decidedAt, actor);
    }
}
