package io.complaints.intake.complaint;

import java.time.Instant;
import java.util.List;

import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/** A registered complaint was corrected; the facts as they now stand and which of them changed. */
public record ComplaintAmended(
        String complaintId,
        String registrationNumber,
        ComplaintDetails details,
        String complainantReference,
        Complainant complainant,
        List<String> changedFields,
        String reason,
        Instant amendedAt,
        Actor actor) implements AuditedEvent, HoldsPersonalData {

    @Override
    public ComplaintAmended withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new ComplaintAmended(complaintId, registrationNumber, details.withPersonalData(text), complainantReference,
                complainant.withPersonalData(text), changedFields, text.apply(reason), amendedAt, actor);
    }
}
