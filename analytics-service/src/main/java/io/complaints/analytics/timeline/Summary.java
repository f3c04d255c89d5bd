package io.complaints.analytics.timeline;

import java.time.Duration;
import java.util.Locale;

import io.complaints.events.ActionCompleted;
import io.complaints.events.ActionOverdue;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackMethod;
import io.complaints.events.ComplainantAnsweredCallback;
import io.complaints.events.ComplainantDecidedOnRemedy;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.EffectivenessReviewed;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.ReminderIssued;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;

/**
 * What an event says happened, in a few words, and why (its reason, note or comment). Never
 * anything about the complainant: not the masked contact, not the description or demand in the
 * complainant's words.
 */
record Summary(String what, String why) {

    static Summary of(Object data, String type) {
        return switch (data) {
            case ComplaintReceived r -> of("Received " + r.registrationNumber() + " by " + r.channel() + ": "
                    + r.category() + ", level " + r.level() + (r.priority() ? ", with priority" : ""));
            case ComplaintAmended a -> new Summary("Amended: " + String.join(", ", a.changedFields()), a.reason());
            case ComplaintWithdrawn w -> new Summary("Withdrawn by the complainant", w.reason());
            case CaseOpened o -> of("Case opened at " + o.unit().code() + ", level " + o.level());
            case CaseTriaged t -> of("Triaged: level " + t.level() + ", responsible department "
                    + t.responsibleDepartment());
            case HandlerAssigned h -> of("Handler " + h.handlerId() + " (" + h.handlerDepartment() + ") assigned"
                    + (h.previousHandlerId() == null ? "" : ", replacing " + h.previousHandlerId()));
            case ComplainantContacted c -> new Summary("Complainant contacted", c.note());
            case FindingsRecorded f -> new Summary("Findings recorded, cause " + f.causeCode(), f.findings());
            case CaseMarkedInvalid i -> new Summary("Marked invalid: " + i.reason(), i.explanation());
            case InvalidityExplained e -> of("Invalidity explained to the complainant");
            case RemedyProposed p -> of("Remedy " + p.remedyNumber() + " proposed: " + p.measures() + ", due "
                    + p.dueDate() + (p.approvalRequired() ? ", needs approval" : ""));
            case RemedyApproved a -> new Summary("Remedy " + a.remedyNumber()
                    + (a.deemed() ? " approved by silence (视为已批准)" : " approved"), a.comment());
            case RemedyRejected r -> new Summary("Remedy " + r.remedyNumber() + " rejected by the approver",
                    r.reason());
            case RemedyOffered o -> of("Remedy " + o.remedyNumber() + " offered to the complainant");
            case RemedyAccepted a -> of("Remedy " + a.remedyNumber() + " accepted by the complainant");
            case RemedyDeclined d -> new Summary("Remedy " + d.remedyNumber() + " declined by the complainant ("
                    + d.declinedSoFar() + " so far)", d.reason());
            case RemedyExecuted x -> new Summary("Remedy " + x.remedyNumber() + " executed", x.result());
            case CallbackInstructed c -> of("Callback instructed, by someone outside " + c.responsibleDepartment());
            case CallbackCompleted c when c.method() == CallbackMethod.ONLINE -> new Summary(
                    "Callback answered online by the complainant: " + c.satisfaction(), c.comment());
            case ComplainantDecidedOnRemedy d -> new Summary("The complainant "
                    + (d.accepted() ? "accepted" : "declined") + " the remedy online", d.reason());
            case ComplainantAnsweredCallback a -> new Summary("The complainant answered the callback online: "
                    + a.satisfaction(), a.comment());
            case CallbackCompleted c -> new Summary("Called back by " + c.agentId() + " (" + c.agentDepartment()
                    + "): " + c.satisfaction(), c.comment());
            case CaseReopened r -> new Summary("Reopened", r.reason());
            case CaseClosed c -> of("Closed: " + c.outcome()
                    + (c.satisfaction() == null ? "" : ", " + c.satisfaction()));
            case Escalated e -> new Summary("Escalated from " + e.fromUnit().code() + " to " + e.toUnit().code()
                    + ": " + e.reason(), e.note());
            case EscalationsResolved r -> of("Escalations resolved at " + r.atUnit().code());
            case CaseTakenOver t -> of("Taken over by " + t.toUnit().code() + " from " + t.fromUnit().code());
            case ClockPaused p -> new Summary("Clock paused", p.reason());
            case ClockResumed r -> of("Clock resumed after " + readable(r.paused()));
            case DeadlineSet s -> of("Time limit " + s.deadline().limit() + " runs, due " + s.deadline().due());
            case DeadlineMet m -> of("Time limit " + m.deadline().limit() + " met");
            case DeadlineMissed m -> of("Time limit " + m.deadline().limit() + " missed, due " + m.deadline().due());
            case ReminderIssued r -> of("Reminder of " + r.limit() + " to " + r.ownerUnit().code()
                    + (r.ownerDepartment() == null ? "" : " " + r.ownerDepartment()));
            case ActionOverdue o -> of("Action " + o.actionNumber() + " of remedy " + o.remedyNumber() + " overdue since "
                    + o.dueDate() + ", its owner " + o.owner() + " reminded");
            case ActionCompleted c -> new Summary("Action " + c.actionNumber() + " of remedy " + c.remedyNumber()
                    + " done", c.result());
            case EffectivenessReviewDue d -> of("Effectiveness review of the actions due (level " + d.level() + ")");
            case EffectivenessReviewed r -> new Summary("Effectiveness of the actions reviewed: " + r.outcome(), r.note());
            default -> of(type);
        };
    }

    private static Summary of(String what) {
        return new Summary(what, null);
    }

    /** e.g. {@code 2h30m} */
    private static String readable(Duration paused) {
        return paused == null ? "a pause" : paused.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
