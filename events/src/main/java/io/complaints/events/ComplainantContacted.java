package io.complaints.events;

import java.time.Instant;

/** The responsible department reached the complainant. */
public record ComplainantContacted(String complaintId, Instant contactedAt, String note) {
}
