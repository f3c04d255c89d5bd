package io.complaints.events;

import java.time.Instant;

/** The complainant was given the explanation of why the complaint is invalid. */
public record InvalidityExplained(String complaintId, Instant explainedAt) {
}
