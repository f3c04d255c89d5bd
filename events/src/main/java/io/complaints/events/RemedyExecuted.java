package io.complaints.events;

/**
 * The remedy was carried out, with its result.
 *
 * @param status where the case stands after it
 */
public record RemedyExecuted(String complaintId, int remedyNumber, String result, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyExecuted {
        if (status == null) {
            status = CaseStatus.EXECUTED;
        }
    }

    public RemedyExecuted(String complaintId, int remedyNumber, String result) {
        this(complaintId, remedyNumber, result, null);
    }
}
