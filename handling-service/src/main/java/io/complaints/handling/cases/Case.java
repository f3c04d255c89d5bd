package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseStatus.ACCEPTED;
import static io.complaints.handling.cases.CaseStatus.AWAITING_APPROVAL;
import static io.complaints.handling.cases.CaseStatus.AWAITING_TRIAGE;
import static io.complaints.handling.cases.CaseStatus.CALLBACK_DUE;
import static io.complaints.handling.cases.CaseStatus.CLOSED;
import static io.complaints.handling.cases.CaseStatus.EXECUTED;
import static io.complaints.handling.cases.CaseStatus.INVALID;
import static io.complaints.handling.cases.CaseStatus.INVESTIGATING;
import static io.complaints.handling.cases.CaseStatus.OFFERED;
import static io.complaints.handling.cases.CaseStatus.REMEDY_READY;
import static io.complaints.platform.Role.APPROVER;
import static io.complaints.platform.Role.CALLBACK_AGENT;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HANDLER;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.OpenDeadline;
import io.complaints.events.PrioritySource;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.events.ReminderIssued;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.CloseWithdrawnCase;
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
import io.complaints.handling.cases.CaseCommands.TakeOverCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * The handling of one complaint (DOMAIN.md, "Lifecycle", "Deadlines", "Escalation", "Validity",
 * "Roles"): every rule of who may do what, when, is decided here. Each event carries its actor in
 * the metadata ({@link CaseMetaData}); each open time limit is a scheduled deadline of the case.
 */
@Aggregate
public class Case {

    /** Two remedies declined by the complainant escalate the case. */
    static final int DECLINES_THAT_ESCALATE = 2;

    @AggregateIdentifier
    private String caseId;
    private CaseStatus status;
    private UnitRef unit;
    private UnitRef holder;
    private boolean takenOver;
    private int level;
    private Instant receivedAt;
    private String complainedAboutDepartment;
    private String complainedAboutPerson;
    private String responsibleDepartment;
    private String handlerId;
    private boolean findingsRecorded;
    private int remedyNumber;
    /** Who proposed the current remedy: never the one who approves it. */
    private String remedyProposer;
    private int declines;
    private boolean escalationsOpen;
    private Instant pausedAt;
    private final Map<TimeLimit, Instant> deadlines = new EnumMap<>(TimeLimit.class);

    protected Case() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Case(OpenCase command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        apply(new CaseOpened(command.caseId(), command.registrationNumber(), command.unit(), command.level(),
                command.prioritySources(), command.complainedAboutDepartment(), command.complainedAboutPerson(),
                command.receivedAt(), clock.instant(), command.actor()), CaseMetaData.of(command.actor(), null))
                // once the case exists: its deadlines are scheduled for it
                .andThen(() -> {
                    Deadlines deadlines = new Deadlines(command.actor(), clock, policy, scheduler);
                    deadlines.set(TimeLimit.TRIAGE, receivedAt);
                    if (command.prioritySources().contains(PrioritySource.HQ_TRANSFERRED)) {
                        deadlines.set(TimeLimit.HQ_FINDINGS, receivedAt);
                    }
                });
    }

    @CommandHandler
    void handle(TriageCase command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        expect("triage", AWAITING_TRIAGE);
        RulesViolatedException.Collector refusal = new RulesViolatedException.Collector()
                .check(command.level() >= 1 && command.level() <= 4, "level", "Range", "must be 1 to 4");
        refusal.throwIfAny();
        apply(new CaseTriaged(caseId, command.level(), command.responsibleDepartment(), clock.instant()),
                CaseMetaData.of(command.actor(), null));
        Deadlines deadlines = new Deadlines(command.actor(), clock, policy, scheduler);
        deadlines.meet(TimeLimit.TRIAGE);
        deadlines.set(TimeLimit.CONTACT, clock.instant());
        deadlines.set(TimeLimit.SETTLE, receivedAt);
        if (command.level() == 1) {
            escalate(hq(), EscalationReason.LEVEL_1_AT_TRIAGE, null, command.actor(), clock);
        } else if (command.level() == 2) {
            escalate(oneUp(), EscalationReason.LEVEL_2_AT_TRIAGE, null, command.actor(), clock);
        }
    }

    @CommandHandler
    void handle(AssignHandler command) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        expect("assign a handler", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY, OFFERED, ACCEPTED, EXECUTED);
        if (sameText(command.handlerDepartment(), complainedAboutDepartment)) {
            throw RulesViolatedException.ofRule("conflict-of-interest",
                    "the handler belongs to the department complained about; assign someone outside it (回避)");
        }
        if (sameText(command.handlerId(), complainedAboutPerson) || sameText(command.handlerName(), complainedAboutPerson)) {
            throw RulesViolatedException.ofRule("conflict-of-interest",
                    "the handler is the person complained about; assign someone else (回避)");
        }
        if (command.handlerId().equals(handlerId)) {
            throw RulesViolatedException.ofRule("already-assigned", "the case is already with this handler");
        }
        apply(new HandlerAssigned(caseId, command.handlerId(), command.handlerDepartment(), handlerId),
                CaseMetaData.of(command.actor(), null));
    }

    @CommandHandler
    void handle(RecordContact command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        expect("record the contact with the complainant", INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY, OFFERED);
        apply(new ComplainantContacted(caseId, clock.instant(), command.note()), CaseMetaData.of(command.actor(), null));
        new Deadlines(command.actor(), clock, null, scheduler).meet(TimeLimit.CONTACT);
    }

    @CommandHandler
    void handle(RecordFindings command, CauseCatalogue causes, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        expect("record findings", INVESTIGATING);
        SeparationOfDuties.assignedHandler(command.actor(), handlerId);
        if (!causes.contains(command.causeCode())) {
            throw RulesViolatedException.ofField("causeCode", "cause-catalogue", "must be a cause of the catalogue");
        }
        apply(new FindingsRecorded(caseId, command.findings(), command.causeCode()),
                CaseMetaData.of(command.actor(), null));
        new Deadlines(command.actor(), clock, null, scheduler).meet(TimeLimit.HQ_FINDINGS);
    }

    @CommandHandler
    void handle(MarkInvalid command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        expect("mark the complaint invalid", AWAITING_TRIAGE, INVESTIGATING);
        Deadlines deadlines = new Deadlines(command.actor(), clock, policy, scheduler);
        deadlines.meet(TimeLimit.TRIAGE);
        List.of(TimeLimit.CONTACT, TimeLimit.SETTLE, TimeLimit.HQ_FINDINGS).forEach(deadlines::withdraw);
        apply(new CaseMarkedInvalid(caseId, command.reason(), command.explanation()),
                CaseMetaData.of(command.actor(), command.reason().name()));
        deadlines.set(TimeLimit.EXPLAIN_INVALID, clock.instant());
    }

    @CommandHandler
    void handle(ExplainInvalidity command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        expect("record that the invalidity was explained", INVALID);
        apply(new InvalidityExplained(caseId, clock.instant()), CaseMetaData.of(command.actor(), null));
        Deadlines deadlines = new Deadlines(command.actor(), clock, null, scheduler);
        deadlines.meet(TimeLimit.EXPLAIN_INVALID);
        close(CaseOutcome.INVALID, null, deadlines, command.actor(), clock);
    }

    @CommandHandler
    void handle(ProposeRemedy command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        expect("propose a remedy", INVESTIGATING);
        SeparationOfDuties.assignedHandler(command.actor(), handlerId);
        if (!findingsRecorded) {
            throw RulesViolatedException.ofRule("findings-first", "record the investigation's findings before a remedy");
        }
        boolean approvalRequired = level <= 2;
        apply(new RemedyProposed(caseId, remedyNumber + 1, command.measures(), command.responsiblePerson(),
                command.dueDate(), command.correctiveActions(), command.preventiveActions(), approvalRequired),
                CaseMetaData.of(command.actor(), null));
        if (approvalRequired) {
            new Deadlines(command.actor(), clock, policy, scheduler).set(TimeLimit.APPROVAL, clock.instant());
        }
    }

    @CommandHandler
    void handle(ApproveRemedy command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(APPROVER);
        expect("approve the remedy", AWAITING_APPROVAL);
        SeparationOfDuties.fourEyes(command.actor(), remedyProposer);
        new Deadlines(command.actor(), clock, null, scheduler).meet(TimeLimit.APPROVAL);
        apply(new RemedyApproved(caseId, remedyNumber, false, command.comment()), CaseMetaData.of(command.actor(), null));
    }

    @CommandHandler
    void handle(RejectRemedy command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(APPROVER);
        expect("reject the remedy", AWAITING_APPROVAL);
        new Deadlines(command.actor(), clock, null, scheduler).meet(TimeLimit.APPROVAL);
        apply(new RemedyRejected(caseId, remedyNumber, command.reason()),
                CaseMetaData.of(command.actor(), command.reason()));
    }

    @CommandHandler
    void handle(OfferRemedy command) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        expect("offer the remedy", REMEDY_READY);
        apply(new RemedyOffered(caseId, remedyNumber), CaseMetaData.of(command.actor(), null));
    }

    @CommandHandler
    void handle(RecordDecision command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        expect("record the complainant's decision", OFFERED);
        if (command.accepted()) {
            apply(new RemedyAccepted(caseId, remedyNumber), CaseMetaData.of(command.actor(), null));
            new Deadlines(command.actor(), clock, null, scheduler).meet(TimeLimit.SETTLE);
            return;
        }
        apply(new RemedyDeclined(caseId, remedyNumber, command.reason(), declines + 1),
                CaseMetaData.of(command.actor(), command.reason()));
        if (declines == DECLINES_THAT_ESCALATE) {
            escalateOneUp(EscalationReason.REMEDY_REJECTED_TWICE, command.reason(), command.actor(), clock);
        }
    }

    @CommandHandler
    void handle(RecordExecution command) {
        CaseAccess.of(command.actor(), unit).mustBe(HANDLER, COORDINATOR);
        expect("record the remedy's execution", ACCEPTED);
        apply(new RemedyExecuted(caseId, remedyNumber, command.result()), CaseMetaData.of(command.actor(), null));
    }

    @CommandHandler
    void handle(InstructCallback command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HQ_SUPERVISOR);
        expect("instruct the callback", EXECUTED);
        apply(new CallbackInstructed(caseId, responsibleDepartment), CaseMetaData.of(command.actor(), null));
        new Deadlines(command.actor(), clock, policy, scheduler).set(TimeLimit.CALLBACK, clock.instant());
    }

    @CommandHandler
    void handle(CompleteCallback command, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(CALLBACK_AGENT);
        expect("complete the callback", CALLBACK_DUE);
        SeparationOfDuties.callbackIndependence(command.actor(), handlerId, responsibleDepartment);
        boolean dissatisfied = command.satisfaction() == Satisfaction.DISSATISFIED;
        if (dissatisfied && (command.comment() == null || command.comment().isBlank())) {
            throw RulesViolatedException.ofField("comment", "reason-to-reopen",
                    "a dissatisfied callback reopens the case and must say why");
        }
        Actor agent = command.actor();
        apply(new CallbackCompleted(caseId, agent.id(), agent.department(), command.satisfaction(), command.comment()),
                CaseMetaData.of(agent, null));
        Deadlines deadlines = new Deadlines(agent, clock, policy, scheduler);
        deadlines.meet(TimeLimit.CALLBACK);
        if (!dissatisfied) {
            close(CaseOutcome.RESOLVED, command.satisfaction(), deadlines, agent, clock);
            return;
        }
        apply(new CaseReopened(caseId, command.comment()), CaseMetaData.of(agent, command.comment()));
        deadlines.set(TimeLimit.SETTLE, clock.instant());
        escalateOneUp(EscalationReason.CALLBACK_DISSATISFIED, command.comment(), agent, clock);
    }

    /** A withdrawal that reaches a closed case (or reaches it twice) changes nothing. */
    @CommandHandler
    void handle(CloseWithdrawnCase command, Clock clock, DeadlineManager scheduler) {
        if (status == CLOSED) {
            return;
        }
        close(CaseOutcome.WITHDRAWN, null, new Deadlines(command.actor(), clock, null, scheduler), command.actor(),
                clock, command.reason());
    }

    @CommandHandler
    void handle(EscalateCase command, Clock clock) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, APPROVER, HQ_SUPERVISOR);
        expectOpen("escalate");
        if (holder.path().size() == 1) {
            throw RulesViolatedException.ofRule("below-hq", "the case is already with HQ; there is no level above");
        }
        escalate(oneUp(), EscalationReason.BY_HAND, command.note(), command.actor(), clock);
    }

    @CommandHandler
    void handle(TakeOverCase command) {
        CaseAccess.of(command.actor(), unit).mustBe(HQ_SUPERVISOR).at(hq());
        expectOpen("take the case over");
        if (takenOver) {
            throw RulesViolatedException.ofRule("not-taken-over", "HQ has already taken this case over");
        }
        apply(new CaseTakenOver(caseId, holder, hq()), CaseMetaData.of(command.actor(), null));
    }

    @CommandHandler
    void handle(PauseClock command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        expectOpen("pause the clock");
        if (pausedAt != null) {
            throw RulesViolatedException.ofRule("clock-running", "the clock is already paused");
        }
        deadlines.keySet().forEach(limit -> scheduler.cancelAllWithinScope(limit.name()));
        apply(new ClockPaused(caseId, command.reason(), clock.instant()),
                CaseMetaData.of(command.actor(), command.reason()));
    }

    @CommandHandler
    void handle(ResumeClock command, Clock clock, DeadlineManager scheduler) {
        CaseAccess.of(command.actor(), unit).mustBe(COORDINATOR, HANDLER, HQ_SUPERVISOR);
        expectOpen("resume the clock");
        if (pausedAt == null) {
            throw RulesViolatedException.ofRule("clock-paused", "the clock is not paused");
        }
        Duration paused = Duration.between(pausedAt, clock.instant());
        apply(new ClockResumed(caseId, clock.instant(), paused), CaseMetaData.of(command.actor(), null));
        Deadlines shifted = new Deadlines(command.actor(), clock, null, scheduler);
        new EnumMap<>(deadlines).forEach((limit, due) -> shifted.setAt(limit, due.plus(paused)));
    }

    /**
     * A time limit fell due. One that was met, withdrawn or moved since it was scheduled is no longer
     * open with this due time and changes nothing. An approval not decided in time is deemed given;
     * any other limit is missed: recorded, a reminder (催办) to its owner, and one level of escalation.
     */
    @DeadlineHandler
    void on(DeadlineDue due, Clock clock) {
        if (status == CLOSED || pausedAt != null || !due.due().equals(deadlines.get(due.limit()))) {
            return;
        }
        Actor system = Actor.system(holder.code());
        if (due.limit() == TimeLimit.APPROVAL) {
            apply(new RemedyApproved(caseId, remedyNumber, true, null), CaseMetaData.of(system, "deemed approved (视为已批准)"));
            return;
        }
        OpenDeadline missed = new OpenDeadline(due.limit(), due.due());
        apply(new DeadlineMissed(caseId, missed, clock.instant()), CaseMetaData.of(system, null));
        apply(new ReminderIssued(caseId, due.limit(), holder, responsibleDepartment, handlerId),
                CaseMetaData.of(system, null));
        if (holder.path().size() > 1) {
            escalate(oneUp(), EscalationReason.DEADLINE_MISSED, due.limit().name(), missed, system, clock);
        }
    }

    private void escalateOneUp(EscalationReason reason, String note, Actor actor, Clock clock) {
        if (holder.path().size() > 1) {
            escalate(oneUp(), reason, note, actor, clock);
        }
    }

    private void escalate(UnitRef to, EscalationReason reason, String note, Actor actor, Clock clock) {
        escalate(to, reason, note, nextDue(), actor, clock);
    }

    private void escalate(UnitRef to, EscalationReason reason, String note, OpenDeadline open, Actor actor,
                          Clock clock) {
        if (to.equals(holder)) {
            return;
        }
        apply(new Escalated(caseId, holder, to, reason, note, clock.instant(), open),
                CaseMetaData.of(actor, note == null ? reason.name() : note));
    }

    private void close(CaseOutcome outcome, Satisfaction satisfaction, Deadlines deadlines, Actor actor, Clock clock) {
        close(outcome, satisfaction, deadlines, actor, clock, null);
    }

    private void close(CaseOutcome outcome, Satisfaction satisfaction, Deadlines deadlines, Actor actor, Clock clock,
                       String reason) {
        deadlines.withdrawAll();
        apply(new CaseClosed(caseId, outcome, satisfaction, clock.instant()), CaseMetaData.of(actor, reason));
        if (escalationsOpen) {
            apply(new EscalationsResolved(caseId, holder, clock.instant()), CaseMetaData.of(actor, null));
        }
    }

    private OpenDeadline nextDue() {
        return deadlines.entrySet().stream().min(Map.Entry.comparingByValue())
                .map(e -> new OpenDeadline(e.getKey(), e.getValue())).orElse(null);
    }

    private UnitRef hq() {
        return prefix(1);
    }

    private UnitRef oneUp() {
        return prefix(Math.max(1, holder.path().size() - 1));
    }

    private UnitRef prefix(int length) {
        List<String> path = unit.path().subList(0, length);
        return new UnitRef(path.get(length - 1), path);
    }

    private void expect(String action, CaseStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw RulesViolatedException.ofRule("status", "cannot " + action + " while the case is " + status
                    + "; it must be " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    private void expectOpen(String action) {
        if (status == CLOSED) {
            throw RulesViolatedException.ofRule("status", "cannot " + action + ": the case is closed");
        }
    }

    private static boolean sameText(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    /** Sets, meets and withdraws the case's time limits, keeping its scheduled deadlines in step. */
    private final class Deadlines {

        private final Actor actor;
        private final Clock clock;
        private final DeadlinePolicy policy;
        private final DeadlineManager scheduler;

        Deadlines(Actor actor, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
            this.actor = actor;
            this.clock = clock;
            this.policy = policy;
            this.scheduler = scheduler;
        }

        void set(TimeLimit limit, Instant from) {
            setAt(limit, policy.due(limit, unit.path(), from));
        }

        void setAt(TimeLimit limit, Instant due) {
            scheduler.cancelAllWithinScope(limit.name());
            apply(new DeadlineSet(caseId, new OpenDeadline(limit, due)), CaseMetaData.of(actor, null));
            if (pausedAt == null) {
                scheduler.schedule(due, limit.name(), new DeadlineDue(limit, due));
            }
        }

        void meet(TimeLimit limit) {
            Instant due = deadlines.get(limit);
            if (due != null) {
                scheduler.cancelAllWithinScope(limit.name());
                apply(new DeadlineMet(caseId, new OpenDeadline(limit, due), clock.instant()),
                        CaseMetaData.of(actor, null));
            }
        }

        /**
         * No longer asked for (the case turned out invalid, or closed): neither met nor missed. The
         * event that makes it so takes it off the open limits.
         */
        void withdraw(TimeLimit limit) {
            if (deadlines.containsKey(limit)) {
                scheduler.cancelAllWithinScope(limit.name());
            }
        }

        void withdrawAll() {
            List.copyOf(deadlines.keySet()).forEach(this::withdraw);
        }
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        status = AWAITING_TRIAGE;
        unit = event.unit();
        holder = event.unit();
        level = event.level();
        receivedAt = event.receivedAt();
        complainedAboutDepartment = event.complainedAboutDepartment();
        complainedAboutPerson = event.complainedAboutPerson();
    }

    @EventSourcingHandler
    void on(CaseTriaged event) {
        status = INVESTIGATING;
        level = event.level();
        responsibleDepartment = event.responsibleDepartment();
    }

    @EventSourcingHandler
    void on(HandlerAssigned event) {
        handlerId = event.handlerId();
    }

    @EventSourcingHandler
    void on(FindingsRecorded event) {
        findingsRecorded = true;
    }

    @EventSourcingHandler
    void on(CaseMarkedInvalid event) {
        status = INVALID;
        List.of(TimeLimit.CONTACT, TimeLimit.SETTLE, TimeLimit.HQ_FINDINGS).forEach(deadlines::remove);
    }

    @EventSourcingHandler
    void on(RemedyProposed event, @MetaDataValue(CaseMetaData.ACTOR_ID) String proposer) {
        remedyNumber = event.remedyNumber();
        remedyProposer = proposer;
        status = event.approvalRequired() ? AWAITING_APPROVAL : REMEDY_READY;
    }

    @EventSourcingHandler
    void on(RemedyApproved event) {
        status = REMEDY_READY;
        deadlines.remove(TimeLimit.APPROVAL);
    }

    @EventSourcingHandler
    void on(RemedyRejected event) {
        status = INVESTIGATING;
    }

    @EventSourcingHandler
    void on(RemedyOffered event) {
        status = OFFERED;
    }

    @EventSourcingHandler
    void on(RemedyAccepted event) {
        status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(RemedyDeclined event) {
        status = INVESTIGATING;
        declines = event.declinedSoFar();
    }

    @EventSourcingHandler
    void on(RemedyExecuted event) {
        status = EXECUTED;
    }

    @EventSourcingHandler
    void on(CallbackInstructed event) {
        status = CALLBACK_DUE;
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        status = INVESTIGATING;
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = CLOSED;
        deadlines.clear();
    }

    @EventSourcingHandler
    void on(Escalated event) {
        holder = event.toUnit();
        escalationsOpen = true;
    }

    @EventSourcingHandler
    void on(EscalationsResolved event) {
        escalationsOpen = false;
    }

    @EventSourcingHandler
    void on(CaseTakenOver event) {
        holder = event.toUnit();
        takenOver = true;
    }

    @EventSourcingHandler
    void on(ClockPaused event) {
        pausedAt = event.pausedAt();
    }

    @EventSourcingHandler
    void on(ClockResumed event) {
        pausedAt = null;
    }

    @EventSourcingHandler
    void on(DeadlineSet event) {
        deadlines.put(event.deadline().limit(), event.deadline().due());
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        deadlines.remove(event.deadline().limit());
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        deadlines.remove(event.deadline().limit());
    }

    CaseStatus status() {
        return status;
    }
}
