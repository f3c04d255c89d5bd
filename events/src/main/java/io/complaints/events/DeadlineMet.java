package io.complaints.events;

import java.time.Instant;

/** A time limit was met before it fell due. */
public record DeadlineMet(String complaintId, OpenDeadline deadline, Instant metAt) {
}
