package io.complaints.events;

import java.time.Instant;

/** The complainant withdrew the complaint; it stays in the record with the reason. */
public record ComplaintWithdrawn(
        String complaintId,
        String registrationNumber,
        String reason,
        Instant withdrawnAt,
        String withdrawnBy) {
}
