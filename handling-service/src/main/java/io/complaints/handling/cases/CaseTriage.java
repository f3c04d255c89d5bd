package io.complaints.handling.cases;

import static io.complaints.events.CaseStatus.AWAITING_APPROVAL;
import static io.complaints.events.CaseStatus.INVALID;
import static io.complaints.events.CaseStatus.INVESTIGATING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseStatus;
import io.complaints.events.CaseTriaged;
import io.complaints.events.EscalationReason;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.MarkInvalid;
import io.complaints.handling.cases.CaseCommands.RetriageCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * Triage and its corrections (DOMAIN.md, "Lifecycle" 1, "Severity", "Validity"): the coordinator confirms
 * the level and names the responsible department, or finds the complaint invalid with its reason and
 * explanation; while the case is open, triage is corrected with a reason ({@link Retriage}). The
 * responsible department is one of the case's unit ({@link Departments}).
 */
class CaseTriage {

    private String caseId;
    /** The case's unit: its departments are the ones triage names. */
    private String unit;
    private Instant receivedAt;

    /** Triaged: contact and settling are owed now; level 1 and 2 escalate at once. */
    void confirm(TriageCase command, Departments departments, CaseDeadlines.Keeper kept, CaseEscalation escalation,
                 Clock clock) {
        new RulesViolatedException.Collector()
                .check(command.level() >= 1 && command.level() <= 4, "level", "Range", "must be 1 to 4")
                .throwIfAny();
        String department = departments.of(unit, "responsibleDepartment", command.responsibleDepartment());
        apply(new CaseTriaged(caseId, command.level(), department, clock.instant()),
                CaseMetaData.of(command.actor(), null));
        kept.meet(TimeLimit.TRIAGE);
        kept.set(TimeLimit.CONTACT, clock.instant());
        kept.set(TimeLimit.SETTLE, receivedAt);
        escalation.forLevel(command.level(), EscalationReason.LEVEL_1_AT_TRIAGE, EscalationReason.LEVEL_2_AT_TRIAGE,
                kept.nextDue(), command.actor(), clock);
    }

    /**
     * Triage corrected while the case is open (a level, a department, an invalid complaint found valid),
     * with the reason. A raise to level 1 or 2 escalates as at triage and asks approval of a remedy not
     * yet approved; a revalidated complaint owes its contact and settling again, not its explanation.
     */
    void correct(RetriageCase command, Departments departments, CaseStatus status, CaseResponsibility responsibility,
                 RemedyLoop remedy, CaseDeadlines.Keeper kept, CaseEscalation escalation, Clock clock) {
        Retriage retriage = Retriage.of(command, status, responsibility);
        String department = departments.of(unit, "responsibleDepartment", command.responsibleDepartment());
        boolean raisedForApproval = retriage.raisedTo(2) && remedy.awaitsApprovalIfRaised(status);
        CaseStatus next = retriage.revalidated() ? INVESTIGATING : raisedForApproval ? AWAITING_APPROVAL : status;
        apply(new CaseRetriaged(caseId, responsibility.level(), command.level(),
                responsibility.responsibleDepartment(), department, next != INVALID,
                command.reason(), clock.instant(), next), CaseMetaData.of(command.actor(), command.reason()));
        if (retriage.revalidated()) {
            kept.withdraw(TimeLimit.EXPLAIN_INVALID);
            kept.set(TimeLimit.CONTACT, clock.instant());
            kept.set(TimeLimit.SETTLE, clock.instant());
        }
        if (raisedForApproval) {
            kept.set(TimeLimit.APPROVAL, clock.instant());
        }
        if (retriage.raisedTo(2)) {
            escalation.forLevel(command.level(), EscalationReason.LEVEL_1_AT_TRIAGE,
                    EscalationReason.LEVEL_2_AT_TRIAGE, kept.nextDue(), command.actor(), clock);
        }
    }

    /** Invalid (DOMAIN.md, "Validity"): only the explanation is owed, within its own limit. */
    void markInvalid(MarkInvalid command, CaseDeadlines.Keeper kept, Clock clock) {
        kept.meet(TimeLimit.TRIAGE);
        CaseDeadlines.OWED_BY_A_VALID_CASE.forEach(kept::withdraw);
        apply(new CaseMarkedInvalid(caseId, command.reason(), command.explanation()),
                CaseMetaData.of(command.actor(), command.reason().name()));
        kept.set(TimeLimit.EXPLAIN_INVALID, clock.instant());
    }

    /** The complainant was given the explanation of an invalid complaint. */
    void explained(Actor actor, CaseDeadlines.Keeper kept, Clock clock) {
        apply(new InvalidityExplained(caseId, clock.instant()), CaseMetaData.of(actor, null));
        kept.meet(TimeLimit.EXPLAIN_INVALID);
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        unit = event.unit().code();
        receivedAt = event.receivedAt();
    }
}
