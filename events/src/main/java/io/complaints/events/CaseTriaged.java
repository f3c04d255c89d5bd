package io.complaints.events;

import java.time.Instant;

/**
 * The coordinator confirmed the level and validity and named the responsible department.
 *
 * @param status where the case stands after it
 */
public record CaseTriaged(String complaintId, int level, String responsibleDepartment, Instant triagedAt,
        CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public CaseTriaged {
        if (status == null) {
            status = CaseStatus.INVESTIGATING;
        }
    }

    public CaseTriaged(String complaintId, int level, String responsibleDepartment, Instant triagedAt) {
        this(complaintId, level, responsibleDepartment, triagedAt, null);
    }
}
