package io.complaints.events;

/**
 * The complaint is invalid for a reason of DOMAIN.md's list; no callback follows.
 *
 * @param status where the case stands after it
 */
public record CaseMarkedInvalid(String complaintId, InvalidityReason reason, String explanation, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public CaseMarkedInvalid {
        if (status == null) {
            status = CaseStatus.INVALID;
        }
    }

    public CaseMarkedInvalid(String complaintId, InvalidityReason reason, String explanation) {
        this(complaintId, reason, explanation, null);
    }
}
