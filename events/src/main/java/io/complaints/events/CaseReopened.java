package io.complaints.events;

/**
 * The case went back to investigation, with the reason (e.g. a dissatisfied callback).
 *
 * @param status where the case stands after it
 */
public record CaseReopened(String complaintId, String reason, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public CaseReopened {
        if (status == null) {
            status = CaseStatus.INVESTIGATING;
        }
    }

    public CaseReopened(String complaintId, String reason) {
        this(complaintId, reason, null);
    }
}
