package io.complaints.events;

import java.time.Instant;

/** The case was closed: its escalations are over. */
public record EscalationsResolved(String complaintId, UnitRef atUnit, Instant resolvedAt) {
}
