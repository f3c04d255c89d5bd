package io.complaints.events;

import java.time.Duration;
import java.time.Instant;

/** The deadline clock runs again; every open deadline moved on by the pause. */
public record ClockResumed(String complaintId, Instant resumedAt, Duration paused) {
}
