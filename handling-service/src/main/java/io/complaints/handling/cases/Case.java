package io.complaints.handling.cases;

import static io.complaints.events.CaseStatus.ACCEPTED;
import static io.complaints.events.CaseStatus.AWAITING_APPROVAL;
import static io.complaints.events.CaseStatus.AWAITING_TRIAGE;
import static io.complaints.events.CaseStatus.CALLBACK_DUE;
import static io.complaints.events.CaseStatus.CLOSED;
import static io.complaints.events.CaseStatus.EXECUTED;
import static io.complaints.events.CaseStatus.INVALID;
import static io.complaints.events.CaseStatus.INVESTIGATING;
import static io.complaints.events.CaseStatus.OFFERED;
import static io.complaints.events.CaseStatus.REMEDY_READY;
import static io.complaints.platform.Role.APPROVER;
import static io.complaints.platform.Role.CALLBACK_AGENT;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HANDLER;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseStatus;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.EscalationReason;
import io.complaints.events.OpenDeadline;
import io.complaints.events.PrioritySource;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseCommands.AmendIntakeFacts;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.CloseWithdrawnCase;
import io.complaints.handling.cases.CaseCommands.CompleteAction;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.EscalateCase;
import io.complaints.handling.cases.CaseCommands.ExplainInvalidity;
import io.complaints.handling.cases.CaseCommands.InstructCallback;
import io.complaints.handling.cases.CaseCommands.MarkInvalid;
import io.complaints.handling.cases.CaseCommands.OfferRemedy;
import io.complaints.handling.cases.CaseCommands.PauseClock;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordContact;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.handling.cases.CaseCommands.RecordExecution;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.handling.cases.CaseCommands.RejectRemedy;
import io.complaints.handling.cases.CaseCommands.ResumeClock;
import io.complaints.handling.cases.CaseCommands.RetriageCase;
import io.complaints.handling.cases.CaseCommands.ReviewEffectiveness;
import io.complaints.handling.cases.CaseCommands.TakeOverCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.platform.Actor;

/**
 * The handling of one complaint (DOMAIN.md, "Lifecycle", "Validity", "Roles"): who may do what, and
 * at which step. Each step is a member of the case: triage and its corrections ({@link CaseTriage}),
 * who answers for it ({@link CaseResponsibility}), its time limits ({@link CaseDeadlines}), its
 * escalations ({@link CaseEscalation}), its remedy loop ({@link RemedyLoop}), its callback
 * ({@link CallbackStep}) and its closing ({@link CaseClosing}); recusal and separation of duties are
 * named rules ({@link Recusal}, {@link SeparationOfDuties}). Each event carries its actor in the
 * metadata ({@link CaseMetaData}).
 */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;
    private UnitRef unit;

    @AggregateMember
    private final CaseProgress progress = new CaseProgress();
    @AggregateMember
    private final CaseTriage triage = new CaseTriage();
    @AggregateMember
    private final CaseResponsibility responsibility = new CaseResponsibility();
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines();
    @AggregateMember
    private final CaseEscalation escalation = new CaseEscalation();
    @AggregateMember
    private final RemedyLoop remedy = new RemedyLoop();
    @AggregateMember
    private final CallbackStep callback = new CallbackStep();
    @AggregateMember
    private final CaseClosing closing = new CaseClosing();

    protected Case() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Case(OpenCase command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        apply(new CaseOpened(command.caseId(), command.registrationNumber(), command.unit(), command.level(),
                command.prioritySources(), command.complainedAboutDepartment(), command.complainedAboutPerson(),
                command.receivedAt(), clock.instant(), command.actor(),
                command.resolvesAtOnce() ? command.resolvedAtIntake() : null), CaseMetaData.of(command.actor(), null))
                // once the case exists: its deadlines are scheduled for it
                .andThen(() -> {
                    var kept = deadlines.keptBy(command.actor(), clock, policy, scheduler);
                    if (command.resolvesAtOnce()) {
                        closing.closeAsResolvedAtIntake(command.resolvedAtIntake(),
                                responsibility.responsibleDepartment(), kept, command.actor(), clock);
                        return;
                    }
                    kept.set(TimeLimit.TRIAGE, command.receivedAt());
                    if (command.prioritySources().contains(PrioritySource.HQ_TRANSFERRED)) {
                        kept.set(TimeLimit.HQ_FINDINGS, command.receivedAt());
                    }
                });
    }

    @CommandHandler
    void handle(TriageCase command, Departments departments, Clock clock, DeadlinePolicy policy,
                DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("triage", AWAITING_TRIAGE);
        triage.confirm(command, departments, deadlines.keptBy(command.actor(), clock, policy, scheduler), escalation,
                clock);
    }

    @CommandHandler
    void handle(RetriageCase command, Departments departments, Clock clock, DeadlinePolicy policy,
                DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("re-triage", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY, OFFERED, ACCEPTED, EXECUTED,
                CALLBACK_DUE, INVALID);
        triage.correct(command, departments, progress.status(), responsibility, remedy,
                deadlines.keptBy(command.actor(), clock, policy, scheduler), escalation, clock);
    }

    /** Intake amended the complaint: the case follows its facts (before triage, its level too). */
    @CommandHandler
    void handle(AmendIntakeFacts command) {
        if (!progress.isClosed()) {
            responsibility.amend(command, progress.status() != AWAITING_TRIAGE);
        }
    }

    @CommandHandler
    void handle(AssignHandler command, Departments departments, Recusal recusal) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("assign a handler", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY, OFFERED, ACCEPTED, EXECUTED);
        responsibility.assign(command, departments.of(unit.code(), "handlerDepartment", command.handlerDepartment()),
                recusal);
    }

    @CommandHandler
    void handle(RecordContact command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        progress.expect("record the contact with the complainant", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY,
                OFFERED);
        apply(new ComplainantContacted(caseId, clock.instant(), command.note()), CaseMetaData.of(command.actor(), null));
        deadlines.keptBy(command.actor(), clock, null, scheduler).meet(TimeLimit.CONTACT);
    }

    @CommandHandler
    void handle(RecordFindings command, CauseCatalogue causes, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        progress.expect("record findings", INVESTIGATING);
        SeparationOfDuties.assignedHandler(command.actor(), responsibility.handlerId());
        remedy.recordFindings(command, causes);
        deadlines.keptBy(command.actor(), clock, null, scheduler).meet(TimeLimit.HQ_FINDINGS);
    }

    @CommandHandler
    void handle(MarkInvalid command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("mark the complaint invalid", AWAITING_TRIAGE, INVESTIGATING);
        triage.markInvalid(command, deadlines.keptBy(command.actor(), clock, policy, scheduler), clock);
    }

    @CommandHandler
    void handle(ExplainInvalidity command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        progress.expect("record that the invalidity was explained", INVALID);
        var kept = deadlines.keptBy(command.actor(), clock, null, scheduler);
        triage.explained(command.actor(), kept, clock);
        close(CaseOutcome.INVALID, null, kept, command.actor(), clock, null);
    }

    @CommandHandler
    void handle(ProposeRemedy command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        progress.expect("propose a remedy", INVESTIGATING);
        SeparationOfDuties.assignedHandler(command.actor(), responsibility.handlerId());
        remedy.propose(command, responsibility.level(), deadlines.keptBy(command.actor(), clock, policy, scheduler),
                clock.instant());
    }

    @CommandHandler
    void handle(ApproveRemedy command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(APPROVER);
        progress.expect("approve the remedy", AWAITING_APPROVAL);
        remedy.approve(command.comment(), command.actor(), deadlines.keptBy(command.actor(), clock, null, scheduler));
    }

    @CommandHandler
    void handle(RejectRemedy command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(APPROVER);
        progress.expect("reject the remedy", AWAITING_APPROVAL);
        remedy.reject(command.reason(), command.actor(), deadlines.keptBy(command.actor(), clock, null, scheduler));
    }

    @CommandHandler
    void handle(OfferRemedy command) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        progress.expect("offer the remedy", REMEDY_READY);
        remedy.offer(command.actor());
    }

    @CommandHandler
    void handle(RecordDecision command, Clock clock, DeadlineManager scheduler) {
        if (!ComplainantOnline.answers(command.actor())) {
            CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        }
        progress.expect("record the complainant's decision", OFFERED);
        if (remedy.decide(command.accepted(), command.reason(), command.actor(),
                deadlines.keptBy(command.actor(), clock, null, scheduler))) {
            escalation.oneUp(EscalationReason.REMEDY_REJECTED_TWICE, command.reason(), deadlines.nextDue(),
                    command.actor(), clock);
        }
    }

    @CommandHandler
    void handle(RecordExecution command) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        progress.expect("record the remedy's execution", ACCEPTED);
        remedy.execute(command.result(), command.actor());
    }

    @CommandHandler
    void handle(InstructCallback command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("instruct the callback", EXECUTED);
        callback.instruct(responsibility.responsibleDepartment(), command.actor(),
                deadlines.keptBy(command.actor(), clock, policy, scheduler), clock.instant());
    }

    /** Satisfied closes the case (unless it was settled at intake and closed already); dissatisfied reopens it. */
    @CommandHandler
    void handle(CompleteCallback command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        if (ComplainantOnline.answers(command.actor())) {
            progress.expectCallbackDue();
            ComplainantOnline.answersOnline(command.method());
        } else {
            CaseAccess.of(command.actor(), unit).mustBe(CALLBACK_AGENT);
            progress.expectCallbackDue();
            ComplainantOnline.calledBy(command.method());
        }
        Actor agent = command.actor();
        var kept = deadlines.keptBy(agent, clock, policy, scheduler);
        if (callback.complete(command, responsibility, kept)) {
            callback.reopen(command.comment(), agent, kept, clock.instant());
            escalation.oneUp(EscalationReason.CALLBACK_DISSATISFIED, command.comment(), deadlines.nextDue(), agent,
                    clock);
        } else if (!progress.isClosed()) {
            close(CaseOutcome.RESOLVED, command.satisfaction(), kept, agent, clock, null);
        }
    }

    /** A withdrawal that reaches a closed case (or reaches it twice) changes nothing. */
    @CommandHandler
    void handle(CloseWithdrawnCase command, Clock clock, DeadlineManager scheduler) {
        if (!progress.isClosed()) {
            close(CaseOutcome.WITHDRAWN, null, deadlines.keptBy(command.actor(), clock, null, scheduler),
                    command.actor(), clock, command.reason());
        }
    }

    @CommandHandler
    void handle(EscalateCase command, Clock clock) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, APPROVER, HQ_SUPERVISOR);
        progress.expectOpen("escalate");
        escalation.byHand(command.note(), deadlines.nextDue(), command.actor(), clock);
    }

    @CommandHandler
    void handle(TakeOverCase command) {
        CaseAccess.of(command.actor(), unit).mustBe(HQ_SUPERVISOR).at(escalation.hq());
        progress.expectOpen("take the case over");
        escalation.takeOver(command.actor());
    }

    @CommandHandler
    void handle(PauseClock command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        progress.expectOpen("pause the clock");
        deadlines.keptBy(command.actor(), clock, null, scheduler).pause(command.reason());
    }

    @CommandHandler
    void handle(ResumeClock command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        progress.expectOpen("resume the clock");
        deadlines.keptBy(command.actor(), clock, null, scheduler).resume();
    }

    /**
     * A time limit fell due. One that was met, withdrawn or moved since it was scheduled is no longer
     * open with this due time and changes nothing. An approval not decided in time is deemed given;
     * any other limit is missed: recorded, a reminder (催办) to its owner, and one level of escalation.
     */
    @DeadlineHandler
    void on(DeadlineDue due, Clock clock) {
        if (progress.isClosed() || deadlines.isPaused() || !deadlines.isOpen(due.limit(), due.due())) {
            return;
        }
        switch (FallingDue.of(due.limit())) {
            case DEEMED_APPROVED -> remedy.deemApproved(Actor.system(escalation.holder().code()));
            case MISSED -> escalation.deadlineMissed(new OpenDeadline(due.limit(), due.due()),
                    responsibility.responsibleDepartment(), responsibility.handlerId(), clock);
        }
    }

    private void close(CaseOutcome outcome, Satisfaction satisfaction, CaseDeadlines.Keeper kept, Actor actor,
                       Clock clock, String reason) {
        closing.close(outcome, satisfaction, responsibility.level(), kept, escalation, actor, clock, reason);
    }

    /** After closing: were the corrective and preventive actions of a level-1 or level-2 complaint effective? */
    @CommandHandler
    void handle(ReviewEffectiveness command, Clock clock) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        closing.reviewEffectiveness(command, clock);
    }

    /** An action of the remedy was done: after the remedy was accepted, also once the case is closed. */
    @CommandHandler
    void handle(CompleteAction command, Clock clock) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        progress.expect("record an action's completion", ACCEPTED, EXECUTED, CALLBACK_DUE, CLOSED);
        remedy.completeAction(command.actionNumber(), command.result(), command.actor(), clock.instant());
    }

    /** A remedy action fell due: unless it was done, its owner is reminded. */
    @DeadlineHandler
    void on(ActionDue due) {
        remedy.actionFellDue(due, Actor.system(escalation.holder().code()));
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        unit = event.unit();
    }

    CaseStatus status() {
        return progress.status();
    }
}
