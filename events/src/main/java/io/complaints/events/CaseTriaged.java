package io.complaints.events;

import java.time.Instant;

/** The coordinator confirmed the level and validity and named the responsible department. */
public record CaseTriaged(String complaintId, int level, String responsibleDepartment, Instant triagedAt) {
}
