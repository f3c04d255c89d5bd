package io.complaints.intake.complaint;

import java.time.Instant;

import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/**
 * An evidence file was attached to a complaint. The bytes are not in the event: they are in table
 * {@code evidence_file} under {@code evidenceId}, stored in the same transaction as this event.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes, so that the file can be checked against the record
 */
public record EvidenceAttached(String complaintId, String evidenceId, String fileName, String contentType, long size,
                               String sha256, Instant attachedAt, Actor actor)
        implements AuditedEvent, HoldsPersonalData {

    @Override
    public EvidenceAttached withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new EvidenceAttached(complaintId, evidenceId, text.apply(fileName), contentType, size, sha256, attachedAt,
                actor);
    }

    /** Without the file name: it may be personal data, and records end up in logs. */
    @Override
    public String toString() {
        return "EvidenceAttached[complaintId=" + complaintId + ", evidenceId=" + evidenceId + ", contentType="
                + contentType + ", size=" + size + ", attachedAt=" + attachedAt + ", actor=" + actor + "]";
    }
}
