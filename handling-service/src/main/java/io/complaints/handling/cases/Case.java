package io.complaints.handling.cases;

import static io.complaints.events.CaseStatus.ACCEPTED;
import static io.complaints.events.CaseStatus.AWAITING_APPROVAL;
import static io.complaints.events.CaseStatus.AWAITING_TRIAGE;
import static io.complaints.events.CaseStatus.CALLBACK_DUE;
import static io.complaints.events.CaseStatus.EXECUTED;
import static io.complaints.events.CaseStatus.INVALID;
import static io.complaints.events.CaseStatus.INVESTIGATING;
import static io.complaints.events.CaseStatus.OFFERED;
import static io.complaints.events.CaseStatus.REMEDY_READY;
import static io.complaints.events.CaseStatus.CLOSED;
import static io.complaints.platform.Role.APPROVER;
import static io.complaints.platform.Role.CALLBACK_AGENT;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HANDLER;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import io.complaints.events.CaseStatus;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.EscalationReason;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.OpenDeadline;
import io.complaints.events.PrioritySource;
import io.complaints.events.ReminderIssued;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AmendIntakeFacts;
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
import io.complaints.handling.cases.CaseCommands.TakeOverCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * The handling of one complaint (DOMAIN.md, "Lifecycle", "Validity", "Roles"): who may do what, and
 * at which step. Its time limits ({@link CaseDeadlines}), its escalations ({@link CaseEscalation})
 * and its remedy loop ({@link RemedyLoop}) are members of the case; recusal and separation of duties
 * are named rules ({@link Recusal}, {@link SeparationOfDuties}). Each event carries its actor in the
 * metadata ({@link CaseMetaData}).
 */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;
    private UnitRef unit;
    private Instant receivedAt;

    @AggregateMember
    private final CaseProgress progress = new CaseProgress();
    @AggregateMember
    private final CaseResponsibility responsibility = new CaseResponsibility();
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines();
    @AggregateMember
    private final CaseEscalation escalation = new CaseEscalation();
    @AggregateMember
    private final RemedyLoop remedy = new RemedyLoop();

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
                        closeAsResolvedAtIntake(command.resolvedAtIntake(), kept, command.actor(), clock);
                        return;
                    }
                    kept.set(TimeLimit.TRIAGE, receivedAt);
                    if (command.prioritySources().contains(PrioritySource.HQ_TRANSFERRED)) {
                        kept.set(TimeLimit.HQ_FINDINGS, receivedAt);
                    }
                });
    }

    /**
     * A minor complaint settled on the spot (DOMAIN.md, "Severity", level 4) is closed at once as
     * resolved, with the action taken as the reason; the callback the procedure asks is instructed,
     * with its time limit, for someone other than the agent who settled it.
     */
    private void closeAsResolvedAtIntake(IntakeResolution resolution, CaseDeadlines.Keeper kept, Actor actor,
                                         Clock clock) {
        apply(new CallbackInstructed(caseId, responsibility.responsibleDepartment()), CaseMetaData.of(actor, null));
        apply(new CaseClosed(caseId, CaseOutcome.RESOLVED, null, clock.instant()),
                CaseMetaData.of(actor, "resolved at intake: " + resolution.actionTaken()));
        kept.set(TimeLimit.CALLBACK, clock.instant());
    }

    @CommandHandler
    void handle(TriageCase command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("triage", AWAITING_TRIAGE);
        new RulesViolatedException.Collector()
                .check(command.level() >= 1 && command.level() <= 4, "level", "Range", "must be 1 to 4")
                .throwIfAny();
        apply(new CaseTriaged(caseId, command.level(), command.responsibleDepartment(), clock.instant()),
                CaseMetaData.of(command.actor(), null));
        var kept = deadlines.keptBy(command.actor(), clock, policy, scheduler);
        kept.meet(TimeLimit.TRIAGE);
        kept.set(TimeLimit.CONTACT, clock.instant());
        kept.set(TimeLimit.SETTLE, receivedAt);
        escalation.forLevel(command.level(), EscalationReason.LEVEL_1_AT_TRIAGE, EscalationReason.LEVEL_2_AT_TRIAGE,
                deadlines.nextDue(), command.actor(), clock);
    }

    /**
     * Triage corrected while the case is open (a level, a department, an invalid complaint found valid),
     * with the reason. A raise to level 1 or 2 escalates as at triage and asks approval of a remedy not
     * yet approved; a revalidated complaint owes its contact and settling again, not its explanation.
     */
    @CommandHandler
    void handle(RetriageCase command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("re-triage", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY, OFFERED, ACCEPTED, EXECUTED,
                CALLBACK_DUE, INVALID);
        Retriage retriage = Retriage.of(command, progress.status(), responsibility);
        boolean raisedForApproval = retriage.raisedTo(2) && remedy.awaitsApprovalIfRaised(progress.status());
        CaseStatus next = retriage.revalidated() ? INVESTIGATING : raisedForApproval ? AWAITING_APPROVAL
                : progress.status();
        apply(new CaseRetriaged(caseId, responsibility.level(), command.level(),
                responsibility.responsibleDepartment(), command.responsibleDepartment(), next != INVALID,
                command.reason(), clock.instant(), next), CaseMetaData.of(command.actor(), command.reason()));
        var kept = deadlines.keptBy(command.actor(), clock, policy, scheduler);
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
                    EscalationReason.LEVEL_2_AT_TRIAGE, deadlines.nextDue(), command.actor(), clock);
        }
    }

    /** Intake amended the complaint: the case follows its facts (before triage, its level too). */
    @CommandHandler
    void handle(AmendIntakeFacts command) {
        if (progress.isClosed()) {
            return;
        }
        var amended = new IntakeFactsAmended(caseId, responsibility.levelAfterAmendment(command.level(),
                progress.status() != AWAITING_TRIAGE), command.prioritySources(),
                command.complainedAboutDepartment(), command.complainedAboutPerson());
        if (!responsibility.sameIntakeFacts(amended)) {
            apply(amended, CaseMetaData.of(command.actor(), command.reason()));
        }
    }

    @CommandHandler
    void handle(AssignHandler command, Recusal recusal) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("assign a handler", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY, OFFERED, ACCEPTED, EXECUTED);
        responsibility.assign(command, recusal);
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
        if (!causes.contains(command.causeCode())) {
            throw RulesViolatedException.ofField("causeCode", "cause-catalogue", "must be a cause of the catalogue");
        }
        remedy.recordFindings(command.findings(), command.causeCode(), command.actor());
        deadlines.keptBy(command.actor(), clock, null, scheduler).meet(TimeLimit.HQ_FINDINGS);
    }

    @CommandHandler
    void handle(MarkInvalid command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        progress.expect("mark the complaint invalid", AWAITING_TRIAGE, INVESTIGATING);
        var kept = deadlines.keptBy(command.actor(), clock, policy, scheduler);
        kept.meet(TimeLimit.TRIAGE);
        CaseDeadlines.OWED_BY_A_VALID_CASE.forEach(kept::withdraw);
        apply(new CaseMarkedInvalid(caseId, command.reason(), command.explanation()),
                CaseMetaData.of(command.actor(), command.reason().name()));
        kept.set(TimeLimit.EXPLAIN_INVALID, clock.instant());
    }

    @CommandHandler
    void handle(ExplainInvalidity command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        progress.expect("record that the invalidity was explained", INVALID);
        apply(new InvalidityExplained(caseId, clock.instant()), CaseMetaData.of(command.actor(), null));
        var kept = deadlines.keptBy(command.actor(), clock, null, scheduler);
        kept.meet(TimeLimit.EXPLAIN_INVALID);
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
        apply(new CallbackInstructed(caseId, responsibility.responsibleDepartment()),
                CaseMetaData.of(command.actor(), null));
        deadlines.keptBy(command.actor(), clock, policy, scheduler).set(TimeLimit.CALLBACK, clock.instant());
    }

    @CommandHandler
    void handle(CompleteCallback command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        if (ComplainantOnline.answers(command.actor())) {
            progress.expectCallbackDue();
            ComplainantOnline.answersOnline(command.method());
        } else {
            CaseAccess.of(command.actor(), unit).mustBe(CALLBACK_AGENT);
            progress.expectCallbackDue();
            SeparationOfDuties.callbackIndependence(command.actor(), responsibility.handlers(),
                    responsibility.responsibleDepartment());
            ComplainantOnline.calledBy(command.method());
        }
        boolean dissatisfied = command.satisfaction() == Satisfaction.DISSATISFIED;
        if (dissatisfied && (command.comment() == null || command.comment().isBlank())) {
            throw RulesViolatedException.ofField("comment", "reason-to-reopen",
                    "a dissatisfied callback reopens the case and must say why");
        }
        Actor agent = command.actor();
        apply(new CallbackCompleted(caseId, agent.id(), agent.department(), command.satisfaction(), command.comment(),
                command.timelinessSatisfaction(), command.method()), CaseMetaData.of(agent, null));
        var kept = deadlines.keptBy(agent, clock, policy, scheduler);
        kept.meet(TimeLimit.CALLBACK);
        if (!dissatisfied && progress.isClosed()) {
            return; // settled at intake: closed already
        }
        if (!dissatisfied) {
            close(CaseOutcome.RESOLVED, command.satisfaction(), kept, agent, clock, null);
            return;
        }
        apply(new CaseReopened(caseId, command.comment()), CaseMetaData.of(agent, command.comment()));
        kept.set(TimeLimit.SETTLE, clock.instant());
        escalation.oneUp(EscalationReason.CALLBACK_DISSATISFIED, command.comment(), deadlines.nextDue(), agent, clock);
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
        if (deadlines.isPaused()) {
            throw RulesViolatedException.ofRule("clock-running", "the clock is already paused");
        }
        deadlines.keptBy(command.actor(), clock, null, scheduler).pause();
        apply(new ClockPaused(caseId, command.reason(), clock.instant()),
                CaseMetaData.of(command.actor(), command.reason()));
    }

    @CommandHandler
    void handle(ResumeClock command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        progress.expectOpen("resume the clock");
        if (!deadlines.isPaused()) {
            throw RulesViolatedException.ofRule("clock-paused", "the clock is not paused");
        }
        Duration paused = Duration.between(deadlines.pausedAt(), clock.instant());
        apply(new ClockResumed(caseId, clock.instant(), paused), CaseMetaData.of(command.actor(), null));
        deadlines.keptBy(command.actor(), clock, null, scheduler).shiftBy(paused);
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
        Actor system = Actor.system(escalation.holder().code());
        if (due.limit() == TimeLimit.APPROVAL) {
            remedy.deemApproved(system);
            return;
        }
        OpenDeadline missed = new OpenDeadline(due.limit(), due.due());
        apply(new DeadlineMissed(caseId, missed, clock.instant()), CaseMetaData.of(system, null));
        apply(new ReminderIssued(caseId, due.limit(), escalation.holder(), responsibility.responsibleDepartment(),
                        responsibility.handlerId()),
                CaseMetaData.of(system, null));
        escalation.oneUp(EscalationReason.DEADLINE_MISSED, due.limit().name(), missed, system, clock);
    }

    /** Closed; a level-1 or level-2 complaint resolved is then due an effectiveness review of its actions. */
    private void close(CaseOutcome outcome, Satisfaction satisfaction, CaseDeadlines.Keeper kept, Actor actor,
                       Clock clock, String reason) {
        kept.withdrawAll();
        apply(new CaseClosed(caseId, outcome, satisfaction, clock.instant()), CaseMetaData.of(actor, reason));
        escalation.resolve(actor, clock);
        if (outcome == CaseOutcome.RESOLVED && responsibility.level() <= 2) {
            apply(new EffectivenessReviewDue(caseId, responsibility.level(), clock.instant()),
                    CaseMetaData.of(actor, null));
        }
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
        receivedAt = event.receivedAt();
    }

    CaseStatus status() {
        return progress.status();
    }
}
