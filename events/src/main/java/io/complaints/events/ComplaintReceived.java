package io.complaints.events;

import java.time.Instant;

/**
 * A complaint was registered at intake.
 *
 * @param level      severity 1 (major) to 4 (minor)
 * @param receivedBy the intake agent
 */
public record ComplaintReceived(
        String complaintId,
        String registrationNumber,
        UnitRef unit,
        Channel channel,
        Category category,
        int level,
        String description,
        ComplainantRef complainant,
        Instant receivedAt,
        String receivedBy) {
}
