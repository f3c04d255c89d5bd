package io.complaints.intake.complaint;

import java.time.Instant;

import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/** The complainant withdrew the complaint. */
public record ComplaintWithdrawn(String complaintId, String registrationNumber, String reason, Instant withdrawnAt, Actor actor)
        implements AuditedEvent, HoldsPersonalData {

    @Override
    public ComplaintWithdrawn withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new ComplaintWithdrawn(complaintId, registrationNumber, text.apply(reason), withdrawnAt, actor);
    }
}
