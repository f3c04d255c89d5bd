package io.complaints.events;

import java.time.Instant;

/**
 * handling-service opened the case of a received complaint; the case id is the complaint id.
 *
 * @param status where the case stands after it
 */
public record CaseOpened(
        String complaintId,
        String registrationNumber,
        UnitRef unit,
        int level,
        Instant openedAt,
        CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public CaseOpened {
        if (status == null) {
            status = CaseStatus.AWAITING_TRIAGE;
        }
    }

    public CaseOpened(String complaintId, String registrationNumber, UnitRef unit, int level, Instant openedAt) {
        this(complaintId, registrationNumber, unit, level, openedAt, null);
    }
}
