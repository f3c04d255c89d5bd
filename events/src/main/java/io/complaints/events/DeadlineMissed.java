package io.complaints.events;

import java.time.Instant;

/** A time limit fell due unmet; it counts against the on-time rate. */
public record DeadlineMissed(String complaintId, OpenDeadline deadline, Instant missedAt) {
}
