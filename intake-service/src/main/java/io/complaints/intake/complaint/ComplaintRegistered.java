package io.complaints.intake.complaint;

import java.time.Instant;
import java.util.List;

import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/**
 * A complaint was registered and given its registration number.
 *
 * @param repeatOf the earlier complaint this one repeats (二次投诉), or null
 */
public record ComplaintRegistered(
        String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        ComplaintDetails details,
        String complainantReference,
        Complainant complainant,
        String resolvedAtIntake,
        EarlierComplaint repeatOf,
        Instant receivedAt,
        Actor actor) implements AuditedEvent, HoldsPersonalData {

    @Override
    public ComplaintRegistered withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new ComplaintRegistered(complaintId, registrationNumber, unitCode, unitPath,
                details.withPersonalData(text), complainantReference, complainant.withPersonalData(text),
                text.apply(resolvedAtIntake), repeatOf, receivedAt, actor);
    }

    /** The complaint a repeat complaint refers to. */
    public record EarlierComplaint(String complaintId, String registrationNumber) {
    }
}
