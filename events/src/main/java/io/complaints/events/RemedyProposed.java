package io.complaints.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A remedy (整改措施) for the complaint; the n-th of this case.
 *
 * @param approvalRequired level 1 and 2: leadership decides before it is offered
 * @param status where the case stands after it
 * @param actions the corrective and preventive actions to follow up, each with its owner and due date;
 *                empty for a remedy recorded before they were
 */
public record RemedyProposed(
        String complaintId,
        int remedyNumber,
        String measures,
        String responsiblePerson,
        LocalDate dueDate,
        String correctiveActions,
        String preventiveActions,
        boolean approvalRequired,
        CaseStatus status,
        List<RemedyAction> actions) {

    /** Without a status (published before events carried one): the status this event always leaves. */
    public RemedyProposed {
        if (status == null) {
            status = approvalRequired ? CaseStatus.AWAITING_APPROVAL : CaseStatus.REMEDY_READY;
        }
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public RemedyProposed(String complaintId, int remedyNumber, String measures, String responsiblePerson,
            LocalDate dueDate, String correctiveActions, String preventiveActions, boolean approvalRequired) {
        this(complaintId, remedyNumber, measures, responsiblePerson, dueDate, correctiveActions,
                preventiveActions, approvalRequired, null, List.of());
    }
}
