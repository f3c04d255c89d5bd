package io.complaints.events;

import java.time.Instant;

/**
 * The case is closed and entered in the ledger.
 *
 * @param satisfaction the last callback's answer; {@code null} for an invalid complaint
 * @param status where the case stands after it
 */
public record CaseClosed(String complaintId, CaseOutcome outcome, Satisfaction satisfaction, Instant closedAt,
        CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public CaseClosed {
        if (status == null) {
            status = CaseStatus.CLOSED;
        }
    }

    public CaseClosed(String complaintId, CaseOutcome outcome, Satisfaction satisfaction, Instant closedAt) {
        this(complaintId, outcome, satisfaction, closedAt, null);
    }
}
