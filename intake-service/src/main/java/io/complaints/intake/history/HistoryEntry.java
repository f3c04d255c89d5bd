package io.complaints.intake.history;

import java.time.Instant;

/**
 * One stored event of a complaint, as the audit trail shows it: what, when, who, for which unit,
 * and why. The facts themselves (which may hold personal data) are not repeated here.
 */
public record HistoryEntry(long sequence, String event, Instant occurredAt, String actor, String unit, String reason) {
}
