package io.complaints.events;

/**
 * Someone outside the responsible department is to call the complainant back.
 *
 * @param status where the case stands after it
 */
public record CallbackInstructed(String complaintId, String responsibleDepartment, CaseStatus status) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public CallbackInstructed {
        if (status == null) {
            status = CaseStatus.CALLBACK_DUE;
        }
    }

    public CallbackInstructed(String complaintId, String responsibleDepartment) {
        this(complaintId, responsibleDepartment, null);
    }
}
