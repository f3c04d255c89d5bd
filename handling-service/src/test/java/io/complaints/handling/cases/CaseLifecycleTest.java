package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.APPROVER;
import static io.complaints.handling.cases.CaseFixture.BRANCH;
import static io.complaints.handling.cases.CaseFixture.CALLBACK_AGENT;
import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.HQ;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.SUBSIDIARY;
import static io.complaints.handling.cases.CaseFixture.SUPERVISOR;
import static io.complaints.handling.cases.CaseFixture.due;
import static io.complaints.handling.cases.CaseFixture.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

import io.complaints.events.CaseStatus;
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
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.InvalidityReason;
import io.complaints.events.PrioritySource;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
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

/** Every transition of a case's lifecycle (DOMAIN.md, "Lifecycle"), with the events it records. */
class CaseLifecycleTest {

    private static final LocalDate DUE_DATE = LocalDate.parse("2023-10-12");

    private final CaseFixture cases = new CaseFixture();

    /** A fresh case with this history, at the time it was received, given the command. */
    private static ResultValidator<Case> at(List<Object> history, Object command) {
        return new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command);
    }

    private static List<Object> plus(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    private static void is(ResultValidator<Case> result, CaseStatus status) {
        result.expectState(c -> assertThat(c.status()).isEqualTo(status));
    }

    @Test
    void aReceivedComplaintOpensItsCaseWithTheTriageDeadline() {
        var result = cases.fixture.givenCurrentTime(RECEIVED).andGiven(List.of()).when(CaseFixture.open(3))
                .expectEvents(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED))
                .expectScheduledDeadline(Duration.ofHours(8), new DeadlineDue(TimeLimit.TRIAGE, RECEIVED.plus(Duration.ofHours(8))));
        is(result, CaseStatus.AWAITING_TRIAGE);
    }

    @Test
    void aComplaintTransferredFromHqMustReportItsFindingsWithinTheirLimit() {
        cases.fixture.givenCurrentTime(RECEIVED).andGiven(List.of())
                .when(CaseFixture.open(3, PrioritySource.HQ_TRANSFERRED))
                .expectEvents(CaseFixture.opened(3, PrioritySource.HQ_TRANSFERRED), set(TimeLimit.TRIAGE, RECEIVED),
                        set(TimeLimit.HQ_FINDINGS, RECEIVED));
    }

    @Test
    void triageConfirmsTheLevelAndDepartmentMeetsItsDeadlineAndStartsContactAndSettling() {
        var result = at(List.of(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED)),
                new TriageCase(ID, 3, DEPARTMENT, COORDINATOR))
                .expectEvents(new CaseTriaged(ID, 3, DEPARTMENT, RECEIVED),
                        new DeadlineMet(ID, due(TimeLimit.TRIAGE, RECEIVED), RECEIVED),
                        set(TimeLimit.CONTACT, RECEIVED), set(TimeLimit.SETTLE, RECEIVED));
        is(result, CaseStatus.INVESTIGATING);
    }

    @Test
    void aLevelOneComplaintGoesToHqAtOnce() {
        at(List.of(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED)), new TriageCase(ID, 1, DEPARTMENT, COORDINATOR))
                .expectEvents(new CaseTriaged(ID, 1, DEPARTMENT, RECEIVED),
                        new DeadlineMet(ID, due(TimeLimit.TRIAGE, RECEIVED), RECEIVED),
                        set(TimeLimit.CONTACT, RECEIVED), set(TimeLimit.SETTLE, RECEIVED),
                        new Escalated(ID, BRANCH, HQ, EscalationReason.LEVEL_1_AT_TRIAGE, null, RECEIVED,
                                due(TimeLimit.CONTACT, RECEIVED)));
    }

    @Test
    void aLevelTwoComplaintGoesOneLevelUp() {
        at(List.of(CaseFixture.opened(2), set(TimeLimit.TRIAGE, RECEIVED)), new TriageCase(ID, 2, DEPARTMENT, COORDINATOR))
                .expectEvents(new CaseTriaged(ID, 2, DEPARTMENT, RECEIVED),
                        new DeadlineMet(ID, due(TimeLimit.TRIAGE, RECEIVED), RECEIVED),
                        set(TimeLimit.CONTACT, RECEIVED), set(TimeLimit.SETTLE, RECEIVED),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.LEVEL_2_AT_TRIAGE, null, RECEIVED,
                                due(TimeLimit.CONTACT, RECEIVED)));
    }

    @Test
    void aHandlerIsAssignedAndCanBeReplaced() {
        at(CaseFixture.investigating(3), new AssignHandler(ID, HANDLER.id(), "Zhao Min", "metering", COORDINATOR))
                .expectEvents(new HandlerAssigned(ID, HANDLER.id(), "metering", null));
        at(plus(CaseFixture.investigating(3), new HandlerAssigned(ID, "h.old", "metering", null)),
                new AssignHandler(ID, HANDLER.id(), "Zhao Min", "metering", "h.old is on leave", COORDINATOR))
                .expectEvents(new HandlerAssigned(ID, HANDLER.id(), "metering", "h.old"));
    }

    @Test
    void contactingTheComplainantMeetsTheContactDeadline() {
        at(CaseFixture.investigating(3), new RecordContact(ID, "called back", HANDLER))
                .expectEvents(new ComplainantContacted(ID, RECEIVED, "called back"),
                        new DeadlineMet(ID, due(TimeLimit.CONTACT, RECEIVED), RECEIVED));
    }

    @Test
    void findingsNameACauseOfTheCatalogue() {
        at(CaseFixture.assigned(3), new RecordFindings(ID, "meter misread", "METER-READING", HANDLER))
                .expectEvents(new FindingsRecorded(ID, "meter misread", "METER-READING"));
    }

    @Test
    void findingsOfAComplaintFromHqMeetTheirDeadline() {
        List<Object> fromHq = plus(CaseFixture.assigned(3), set(TimeLimit.HQ_FINDINGS, RECEIVED));
        at(fromHq, new RecordFindings(ID, "meter misread", "METER-READING", HANDLER))
                .expectEvents(new FindingsRecorded(ID, "meter misread", "METER-READING"),
                        new DeadlineMet(ID, due(TimeLimit.HQ_FINDINGS, RECEIVED), RECEIVED));
    }

    @Test
    void anInvalidComplaintIsExplainedAndClosedWithoutCallback() {
        var marked = at(CaseFixture.investigating(3),
                new MarkInvalid(ID, InvalidityReason.MISUNDERSTANDING, "the tariff changed by law", COORDINATOR))
                .expectEvents(withdrawn(TimeLimit.CONTACT), withdrawn(TimeLimit.SETTLE),
                        new CaseMarkedInvalid(ID, InvalidityReason.MISUNDERSTANDING, "the tariff changed by law"),
                        set(TimeLimit.EXPLAIN_INVALID, RECEIVED));
        is(marked, CaseStatus.INVALID);

        var explained = at(plus(CaseFixture.investigating(3),
                        new CaseMarkedInvalid(ID, InvalidityReason.MISUNDERSTANDING, "the tariff changed by law"),
                        set(TimeLimit.EXPLAIN_INVALID, RECEIVED)),
                new ExplainInvalidity(ID, COORDINATOR))
                .expectEvents(new InvalidityExplained(ID, RECEIVED),
                        new DeadlineMet(ID, due(TimeLimit.EXPLAIN_INVALID, RECEIVED), RECEIVED),
                        new CaseClosed(ID, CaseOutcome.INVALID, null, RECEIVED));
        is(explained, CaseStatus.CLOSED);
    }

    @Test
    void aRemedyOfAGeneralComplaintIsReadyToOfferAtOnce() {
        var result = at(CaseFixture.withFindings(3), proposal())
                .expectEvents(proposed(1, false));
        is(result, CaseStatus.REMEDY_READY);
    }

    @Test
    void aRemedyOfASeriousComplaintWaitsForApprovalWithinItsLimit() {
        var result = at(CaseFixture.withFindings(2), proposal())
                .expectEvents(proposed(1, true), set(TimeLimit.APPROVAL, RECEIVED));
        is(result, CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void anApproverApprovesOrRejects() {
        List<Object> awaiting = plus(CaseFixture.withFindings(2), proposed(1, true), set(TimeLimit.APPROVAL, RECEIVED));
        is(at(awaiting, new ApproveRemedy(ID, "agreed", APPROVER))
                .expectEvents(new DeadlineMet(ID, due(TimeLimit.APPROVAL, RECEIVED), RECEIVED),
                        new RemedyApproved(ID, 1, false, "agreed")), CaseStatus.REMEDY_READY);
        is(at(awaiting, new RejectRemedy(ID, "refund the fee too", APPROVER))
                .expectEvents(new DeadlineMet(ID, due(TimeLimit.APPROVAL, RECEIVED), RECEIVED),
                        new RemedyRejected(ID, 1, "refund the fee too")), CaseStatus.INVESTIGATING);
    }

    @Test
    void theComplainantIsOfferedTheRemedyAndAcceptsIt() {
        List<Object> ready = plus(CaseFixture.withFindings(3), proposed(1, false));
        is(at(ready, new OfferRemedy(ID, HANDLER)).expectEvents(new RemedyOffered(ID, 1)), CaseStatus.OFFERED);
        is(at(plus(ready, new RemedyOffered(ID, 1)), new RecordDecision(ID, true, null, HANDLER))
                .expectEvents(new RemedyAccepted(ID, 1), new DeadlineMet(ID, due(TimeLimit.SETTLE, RECEIVED), RECEIVED)),
                CaseStatus.ACCEPTED);
    }

    @Test
    void aDeclinedRemedyGoesBackToProposalAndTheSecondDeclineEscalates() {
        List<Object> offered = plus(CaseFixture.withFindings(3), proposed(1, false), new RemedyOffered(ID, 1));
        is(at(offered, new RecordDecision(ID, false, "too little", HANDLER))
                .expectEvents(new RemedyDeclined(ID, 1, "too little", 1)), CaseStatus.INVESTIGATING);

        List<Object> offeredAgain = plus(offered, new RemedyDeclined(ID, 1, "too little", 1), proposed(2, false),
                new RemedyOffered(ID, 2));
        at(offeredAgain, new RecordDecision(ID, false, "still too little", HANDLER))
                .expectEvents(new RemedyDeclined(ID, 2, "still too little", 2),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.REMEDY_REJECTED_TWICE, "still too little",
                                RECEIVED, due(TimeLimit.CONTACT, RECEIVED)));
    }

    @Test
    void anExecutedRemedyIsCalledBackBySomeoneOutsideTheDepartment() {
        List<Object> accepted = plus(CaseFixture.withFindings(3), proposed(1, false), new RemedyOffered(ID, 1),
                new RemedyAccepted(ID, 1));
        is(at(accepted, new RecordExecution(ID, "bill corrected", HANDLER))
                .expectEvents(new RemedyExecuted(ID, 1, "bill corrected")), CaseStatus.EXECUTED);
        List<Object> executed = plus(accepted, new RemedyExecuted(ID, 1, "bill corrected"));
        is(at(executed, new InstructCallback(ID, COORDINATOR))
                .expectEvents(new CallbackInstructed(ID, DEPARTMENT), set(TimeLimit.CALLBACK, RECEIVED)),
                CaseStatus.CALLBACK_DUE);
    }

    @Test
    void aSatisfiedCallbackClosesTheCaseAndResolvesItsEscalations() {
        List<Object> due = callbackDue(true);
        is(at(due, new CompleteCallback(ID, Satisfaction.FAIRLY_SATISFIED, "took long", CALLBACK_AGENT))
                .expectEvents(new CallbackCompleted(ID, CALLBACK_AGENT.id(), "quality", Satisfaction.FAIRLY_SATISFIED,
                                "took long"),
                        new DeadlineMet(ID, due(TimeLimit.CALLBACK, RECEIVED), RECEIVED),
                        withdrawn(TimeLimit.CONTACT),
                        new CaseClosed(ID, CaseOutcome.RESOLVED, Satisfaction.FAIRLY_SATISFIED, RECEIVED),
                        new EscalationsResolved(ID, SUBSIDIARY, RECEIVED)), CaseStatus.CLOSED);
    }

    @Test
    void theCallbackFormRecordsTimelinessAndHowTheComplainantWasReached() {
        at(callbackDue(false), new CompleteCallback(ID, Satisfaction.SATISFIED, "quick", Satisfaction.FAIRLY_SATISFIED,
                io.complaints.events.CallbackMethod.VISIT, CALLBACK_AGENT))
                .expectEvents(new CallbackCompleted(ID, CALLBACK_AGENT.id(), "quality", Satisfaction.SATISFIED, "quick",
                                Satisfaction.FAIRLY_SATISFIED, io.complaints.events.CallbackMethod.VISIT),
                        new DeadlineMet(ID, due(TimeLimit.CALLBACK, RECEIVED), RECEIVED),
                        withdrawn(TimeLimit.CONTACT),
                        new CaseClosed(ID, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, RECEIVED));
    }

    @Test
    void aDissatisfiedCallbackReopensTheCaseWithItsReasonAndEscalates() {
        is(at(callbackDue(false), new CompleteCallback(ID, Satisfaction.DISSATISFIED, "refund not arrived", CALLBACK_AGENT))
                .expectEvents(new CallbackCompleted(ID, CALLBACK_AGENT.id(), "quality", Satisfaction.DISSATISFIED,
                                "refund not arrived"),
                        new DeadlineMet(ID, due(TimeLimit.CALLBACK, RECEIVED), RECEIVED),
                        new CaseReopened(ID, "refund not arrived"),
                        set(TimeLimit.SETTLE, RECEIVED),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.CALLBACK_DISSATISFIED,
                                "refund not arrived", RECEIVED, due(TimeLimit.CONTACT, RECEIVED))),
                CaseStatus.INVESTIGATING);
    }

    @Test
    void anyoneOnTheCaseEscalatesByHandWithAReason() {
        at(CaseFixture.investigating(3), new EscalateCase(ID, "the complainant threatens the press", HANDLER))
                .expectEvents(new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.BY_HAND,
                        "the complainant threatens the press", RECEIVED, due(TimeLimit.CONTACT, RECEIVED)));
    }

    @Test
    void hqTakesACaseOver() {
        at(CaseFixture.investigating(3), new TakeOverCase(ID, SUPERVISOR))
                .expectEvents(new CaseTakenOver(ID, BRANCH, HQ));
    }

    @Test
    void pausingStopsTheClockAndResumingMovesEveryOpenDeadlineByThePause() {
        cases.fixture.givenCurrentTime(RECEIVED.plus(Duration.ofDays(5)))
                .andGiven(plus(CaseFixture.investigating(3), new ClockPaused(ID, "waiting for documents", RECEIVED)))
                .when(new ResumeClock(ID, HANDLER))
                .expectEvents(new ClockResumed(ID, RECEIVED.plus(Duration.ofDays(5)), Duration.ofDays(5)),
                        set(TimeLimit.CONTACT, RECEIVED.plus(Duration.ofDays(5))),
                        set(TimeLimit.SETTLE, RECEIVED.plus(Duration.ofDays(5))));
        at(CaseFixture.investigating(3), new PauseClock(ID, "waiting for documents", HANDLER))
                .expectEvents(new ClockPaused(ID, "waiting for documents", RECEIVED));
    }

    @Test
    void aWithdrawnComplaintClosesItsCaseWhereverItStoodAndOnlyOnce() {
        List<Object> escalated = plus(CaseFixture.investigating(3),
                new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.BY_HAND, "press", RECEIVED, null));
        is(at(escalated, new CloseWithdrawnCase(ID, "settled privately", CaseFixture.SYSTEM))
                .expectEvents(withdrawn(TimeLimit.CONTACT), withdrawn(TimeLimit.SETTLE),
                        new CaseClosed(ID, CaseOutcome.WITHDRAWN, null, RECEIVED),
                        new EscalationsResolved(ID, SUBSIDIARY, RECEIVED)), CaseStatus.CLOSED);
        at(plus(escalated, new CaseClosed(ID, CaseOutcome.WITHDRAWN, null, RECEIVED)),
                new CloseWithdrawnCase(ID, "settled privately", CaseFixture.SYSTEM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    /** An open limit set at receipt, withdrawn at receipt. */
    static DeadlineWithdrawn withdrawn(TimeLimit limit) {
        return new DeadlineWithdrawn(ID, due(limit, RECEIVED), RECEIVED);
    }

    private static ProposeRemedy proposal() {
        return new ProposeRemedy(ID, "correct the bill", "handler.zhao", DUE_DATE, "correct September",
                "check estimated readings", HANDLER);
    }

    static RemedyProposed proposed(int number, boolean approvalRequired) {
        return new RemedyProposed(ID, number, "correct the bill", "handler.zhao", DUE_DATE, "correct September",
                "check estimated readings", approvalRequired);
    }

    /** Executed and instructed for callback; escalated once to the subsidiary on the way, if asked. */
    private static List<Object> callbackDue(boolean escalated) {
        List<Object> events = plus(CaseFixture.withFindings(3), proposed(1, false), new RemedyOffered(ID, 1),
                new RemedyAccepted(ID, 1), new DeadlineMet(ID, due(TimeLimit.SETTLE, RECEIVED), RECEIVED),
                new RemedyExecuted(ID, 1, "bill corrected"), new CallbackInstructed(ID, DEPARTMENT),
                set(TimeLimit.CALLBACK, RECEIVED));
        if (escalated) {
            events.add(new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.BY_HAND, "press", RECEIVED, null));
        }
        return events;
    }
}
