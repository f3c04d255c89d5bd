package io.complaints.events;

import java.time.LocalDate;

/**
 * A remedy (整改措施) for the complaint; the n-th of this case.
 *
 * @param approvalRequired level 1 and 2: leadership decides before it is offered
 */
public record RemedyProposed(
        String complaintId,
        int remedyNumber,
        String measures,
        String responsiblePerson,
        LocalDate dueDate,
        String correctiveActions,
        String preventiveActions,
        boolean approvalRequired) {
}
