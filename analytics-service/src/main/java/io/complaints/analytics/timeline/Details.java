package io.complaints.analytics.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;

/**
 * The facts of an event, field by field, for the archive (投诉档案) to print in any language: the
 * findings and cause, each remedy with its corrective and preventive actions, approvals (deemed or
 * not), offers and decisions, execution, callbacks, escalations, time limits. As {@link Summary},
 * never anything about the complainant: not the contact, not the description or demand in the
 * complainant's words. Values as text; fields an event leaves empty are left out.
 */
final class Details {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private Details() {
    }

    static Map<String, String> of(Object data) {
        Details details = new Details();
        switch (data) {
            case ComplaintReceived r -> details.put("registrationNumber", r.registrationNumber())
                    .put("channel", r.channel()).put("category", r.category()).put("level", r.level())
                    .put("resolvedAtIntake", r.resolvedAtIntake());
            case ComplaintWithdrawn w -> details.put("reason", w.reason());
            case CaseTriaged t -> details.put("level", t.level()).put("responsibleDepartment", t.responsibleDepartment());
            case HandlerAssigned h -> details.put("handler", h.handlerId()).put("department", h.handlerDepartment())
                    .put("previousHandler", h.previousHandlerId());
            case ComplainantContacted c -> details.put("note", c.note());
            case FindingsRecorded f -> details.put("findings", f.findings()).put("cause", f.causeCode());
            case CaseMarkedInvalid i -> details.put("invalidReason", i.reason()).put("explanation", i.explanation());
            case RemedyProposed p -> details.put("remedy", p.remedyNumber()).put("measures", p.measures())
                    .put("responsiblePerson", p.responsiblePerson()).put("dueDate", p.dueDate())
                    .put("correctiveActions", p.correctiveActions()).put("preventiveActions", p.preventiveActions())
                    .put("approvalRequired", p.approvalRequired());
            case RemedyApproved a -> details.put("remedy", a.remedyNumber()).put("deemed", a.deemed())
                    .put("comment", a.comment());
            case RemedyRejected r -> details.put("remedy", r.remedyNumber()).put("reason", r.reason());
            case RemedyOffered o -> details.put("remedy", o.remedyNumber());
            case RemedyAccepted a -> details.put("remedy", a.remedyNumber());
            case RemedyDeclined d -> details.put("remedy", d.remedyNumber()).put("reason", d.reason())
                    .put("declinedSoFar", d.declinedSoFar());
            case RemedyExecuted x -> details.put("remedy", x.remedyNumber()).put("result", x.result());
            case CallbackInstructed c -> details.put("responsibleDepartment", c.responsibleDepartment());
            case CallbackCompleted c -> details.put("agent", c.agentId()).put("department", c.agentDepartment())
                    .put("satisfaction", c.satisfaction()).put("comment", c.comment());
            case CaseReopened r -> details.put("reason", r.reason());
            case CaseClosed c -> details.put("outcome", c.outcome()).put("satisfaction", c.satisfaction());
            case Escalated e -> details.put("fromUnit", e.fromUnit().code()).put("toUnit", e.toUnit().code())
                    .put("escalationReason", e.reason()).put("note", e.note());
            case DeadlineSet s -> details.put("timeLimit", s.deadline().limit()).put("due", s.deadline().due());
            case DeadlineMet m -> details.put("timeLimit", m.deadline().limit()).put("due", m.deadline().due());
            case DeadlineMissed m -> details.put("timeLimit", m.deadline().limit()).put("due", m.deadline().due());
            default -> {
                // nothing more than what and why
            }
        }
        return details.fields.isEmpty() ? null : Map.copyOf(details.fields);
    }

    private Details put(String field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(field, value.toString());
        }
        return this;
    }
}
