package io.complaints.events;

/**
 * Leadership rejected the remedy; a new one is to be proposed.
 *
 * @param status where the case stands after it
 */
public record RemedyRejected(String complaintId, int remedyNumber, String reason, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyRejected {
        if (status == null) {
            status = CaseStatus.INVESTIGATING;
        }
    }

    public RemedyRejected(String complaintId, int remedyNumber, String reason) {
        this(complaintId, remedyNumber, reason, null);
    }
}
