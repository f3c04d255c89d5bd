package io.complaints.events;

import java.time.Instant;

/** The deadline clock stopped while the case waits on the complainant. */
public record ClockPaused(String complaintId, String reason, Instant pausedAt) {
}
