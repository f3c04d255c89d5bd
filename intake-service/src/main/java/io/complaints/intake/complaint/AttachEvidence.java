package io.complaints.intake.complaint;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/**
 * Attach an evidence file, whose bytes intake has just stored (table {@code evidence_file}) in the
 * transaction that handles this command, to a complaint.
 *
 * @param sha256     lower-case hex SHA-256 of the bytes
 * @param attachedAt when the bytes were stored
 */
public record AttachEvidence(@TargetAggregateIdentifier String complaintId, String evidenceId, String fileName,
                             String contentType, long size, String sha256, Instant attachedAt, Actor actor) {

    /** Without the file name: it may be personal data, and records end up in logs. */
    @Override
    public String toString() {
        return "AttachEvidence[complaintId=" + complaintId + ", evidenceId=" + evidenceId + ", contentType="
                + contentType + ", size=" + size + ", actor=" + actor + "]";
    }
}
