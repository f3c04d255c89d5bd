package io.complaints.events;

/**
 * Leadership approved the remedy.
 *
 * @param deemed no decision within the approval time limit: approved by silence (视为已批准)
 * @param status where the case stands after it
 */
public record RemedyApproved(String complaintId, int remedyNumber, boolean deemed, String comment, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyApproved {
        if (status == null) {
            status = CaseStatus.REMEDY_READY;
        }
    }

    public RemedyApproved(String complaintId, int remedyNumber, boolean deemed, String comment) {
        this(complaintId, remedyNumber, deemed, comment, null);
    }
}
