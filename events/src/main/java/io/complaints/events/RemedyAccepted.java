package io.complaints.events;

/**
 * The complainant accepted the remedy.
 *
 * @param status where the case stands after it
 */
public record RemedyAccepted(String complaintId, int remedyNumber, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyAccepted {
        if (status == null) {
            status = CaseStatus.ACCEPTED;
        }
    }

    public RemedyAccepted(String complaintId, int remedyNumber) {
        this(complaintId, remedyNumber, null);
    }
}
