package io.complaints.events;

import java.time.Instant;

/**
 * The case is closed and entered in the ledger.
 *
 * @param satisfaction the last callback's answer; {@code null} for an invalid complaint
 */
public record CaseClosed(String complaintId, CaseOutcome outcome, Satisfaction satisfaction, Instant closedAt) {
}
