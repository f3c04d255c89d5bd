package io.complaints.notification.decision;

import java.util.Optional;

import io.complaints.events.ActionOverdue;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.Escalated;
import io.complaints.events.ReminderIssued;
import io.complaints.events.RemedyProposed;
import io.complaints.notification.rules.Occurrence;
import io.complaints.notification.rules.Owner;

/** Reads an integration event, with what is known of its case, as the rules see it. */
final class Occurrences {

    private Occurrences() {
    }

    /** True when the event says all a rule asks of its case (number, unit, level): no need to look up what is known. */
    static boolean carriesItsCase(Object data) {
        return data instanceof ComplaintReceived || data instanceof CaseOpened;
    }

    static Occurrence of(CloudEvent<Object> event, Optional<CaseFacts> known) {
        Object data = event.data();
        Occurrence.Builder occurrence = Occurrence.of(event.id(), data.getClass().getSimpleName(), event.time(),
                event.subject());
        known.ifPresent(facts -> occurrence.registrationNumber(facts.registrationNumber()).unit(facts.unit())
                .level(facts.level()));
        switch (data) {
            case ComplaintReceived received -> occurrence.registrationNumber(received.registrationNumber())
                    .unit(received.unit()).level(received.level()).priority(received.priority())
                    .complainant(received.complainant());
            case ComplaintAmended amended -> occurrence.registrationNumber(amended.registrationNumber())
                    .level(amended.level());
            case ComplaintWithdrawn withdrawn -> occurrence.registrationNumber(withdrawn.registrationNumber());
            case CaseOpened opened -> occurrence.registrationNumber(opened.registrationNumber()).unit(opened.unit())
                    .level(opened.level());
            case CaseTriaged triaged -> occurrence.level(triaged.level());
            case CaseRetriaged retriaged -> occurrence.level(retriaged.level());
            case Escalated escalated -> occurrence.unit(escalated.fromUnit()).target(escalated.toUnit())
                    .reason(escalated.reason());
            case CaseTakenOver takenOver -> occurrence.unit(takenOver.fromUnit()).target(takenOver.toUnit());
            case DeadlineMissed missed -> occurrence.limit(missed.deadline().limit()).owner(known
                    .map(facts -> new Owner(facts.unit(), facts.department(), facts.handlerId())).orElse(null));
            case ReminderIssued reminder -> {
                occurrence.limit(reminder.limit())
                        .owner(new Owner(reminder.ownerUnit(), reminder.ownerDepartment(), reminder.handlerId()));
                if (known.isEmpty()) {
                    occurrence.unit(reminder.ownerUnit());
                }
            }
            case RemedyProposed proposed -> occurrence.approvalRequired(proposed.approvalRequired())
                    .detail("remedyNumber", proposed.remedyNumber());
            case CallbackInstructed instructed -> occurrence.excludedDepartment(instructed.responsibleDepartment());
            case ActionOverdue overdue -> occurrence.owner(new Owner(known.map(CaseFacts::unit).orElse(null),
                            known.map(CaseFacts::department).orElse(null), overdue.owner()))
                    .detail("remedyNumber", overdue.remedyNumber()).detail("actionNumber", overdue.actionNumber())
                    .detail("dueDate", overdue.dueDate());
            default -> {
                // the common facts are all a rule may ask of the other events
            }
        }
        return occurrence.build();
    }
}
