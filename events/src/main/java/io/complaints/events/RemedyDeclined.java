package io.complaints.events;

/**
 * The complainant rejected the remedy; a new one is to be proposed.
 *
 * @param declinedSoFar how many remedies of this case the complainant has rejected, this one included
 * @param status where the case stands after it
 */
public record RemedyDeclined(String complaintId, int remedyNumber, String reason, int declinedSoFar,
        CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyDeclined {
        if (status == null) {
            status = CaseStatus.INVESTIGATING;
        }
    }

    public RemedyDeclined(String complaintId, int remedyNumber, String reason, int declinedSoFar) {
        this(complaintId, remedyNumber, reason, declinedSoFar, null);
    }
}
