package io.complaints.events;

/**
 * The remedy was offered to the complainant.
 *
 * @param status where the case stands after it
 */
public record RemedyOffered(String complaintId, int remedyNumber, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyOffered {
        if (status == null) {
            status = CaseStatus.OFFERED;
        }
    }

    public RemedyOffered(String complaintId, int remedyNumber) {
        this(complaintId, remedyNumber, null);
    }
}
