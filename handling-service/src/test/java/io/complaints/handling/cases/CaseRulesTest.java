package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.APPROVER;
import static io.complaints.handling.cases.CaseFixture.CALLBACK_AGENT;
import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.SUPERVISOR;
import static io.complaints.handling.cases.CaseFixture.set;
import static io.complaints.handling.cases.CaseLifecycleTest.proposed;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.ClockPaused;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.InvalidityReason;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
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
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;
import io.complaints.platform.RuleViolation;
import io.complaints.platform.RulesViolatedException;

/** Every refusal of a case: wrong moment, wrong person, broken rule. A refusal records nothing. */
class CaseRulesTest {

    private static final Actor STRANGER = new Actor("coord.ma", "BJ-CY", Role.COORDINATOR, "customer-service");
    private static final Actor BRANCH_APPROVER_ELSEWHERE = new Actor("gm.liu", "BJ", Role.APPROVER, "management");

    private static void refused(List<Object> history, Object command, Class<? extends Exception> refusal,
                                String message) {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command)
                .expectException(refusal)
                .expectExceptionMessage(containsString(message))
                .expectNoEvents();
    }

    private static List<Object> plus(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    /** Each command asked at a moment of the lifecycle where it has no place, and the rule it breaks there. */
    static Stream<Arguments> outOfTurn() {
        List<Object> awaitingTriage = List.of(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED));
        List<Object> investigating = CaseFixture.investigating(3);
        List<Object> closed = plus(investigating, new CaseClosed(ID, CaseOutcome.INVALID, null, RECEIVED));
        return Stream.of(
                Arguments.of(investigating, new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), "status"),
                Arguments.of(awaitingTriage, new AssignHandler(ID, "h.1", "H", "metering", COORDINATOR), "status"),
                Arguments.of(awaitingTriage, new RecordContact(ID, "called", HANDLER), "status"),
                Arguments.of(awaitingTriage, new RecordFindings(ID, "found", "METER-READING", HANDLER), "status"),
                Arguments.of(plus(investigating, proposed(1, false)),
                        new MarkInvalid(ID, InvalidityReason.FORCE_MAJEURE, "storm", COORDINATOR), "status"),
                Arguments.of(investigating, new ExplainInvalidity(ID, COORDINATOR), "status"),
                Arguments.of(awaitingTriage, proposal(), "status"),
                Arguments.of(plus(CaseFixture.withFindings(3), proposed(1, false)), new ApproveRemedy(ID, "ok", APPROVER),
                        "status"),
                Arguments.of(investigating, new RejectRemedy(ID, "no", APPROVER), "status"),
                Arguments.of(investigating, new OfferRemedy(ID, HANDLER), "status"),
                Arguments.of(investigating, new RecordDecision(ID, true, null, HANDLER), "status"),
                Arguments.of(investigating, new RecordExecution(ID, "done", HANDLER), "status"),
                Arguments.of(investigating, new InstructCallback(ID, COORDINATOR), "status"),
                Arguments.of(investigating, new CompleteCallback(ID, Satisfaction.SATISFIED, "", CALLBACK_AGENT),
                        "status"),
                Arguments.of(closed, new EscalateCase(ID, "late", COORDINATOR), "status"),
                Arguments.of(closed, new TakeOverCase(ID, SUPERVISOR), "status"),
                Arguments.of(closed, new PauseClock(ID, "waiting", HANDLER), "status"),
                Arguments.of(investigating, new ResumeClock(ID, HANDLER), "clock-paused"),
                Arguments.of(plus(investigating, new ClockPaused(ID, "waiting", RECEIVED)),
                        new PauseClock(ID, "waiting", HANDLER), "clock-running"));
    }

    @ParameterizedTest
    @MethodSource("outOfTurn")
    void aCommandOutOfTurnIsRefused(List<Object> history, Object command, String rule) {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command)
                .expectException(breaking(rule))
                .expectNoEvents();
    }

    /** A refusal that names the rule it breaks among its violations. */
    private static Matcher<RulesViolatedException> breaking(String rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(RulesViolatedException refusal, Description mismatch) {
                List<String> rules = refusal.violations().stream().map(RuleViolation::rule).toList();
                mismatch.appendText("the refusal named the rules ").appendValue(rules);
                return rules.contains(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming the rule ").appendValue(rule);
            }
        };
    }

    /** Each command asked by someone whose role does not do it. */
    static Stream<Arguments> wrongRole() {
        List<Object> investigating = CaseFixture.investigating(3);
        List<Object> awaiting = plus(CaseFixture.withFindings(2), proposed(1, true), set(TimeLimit.APPROVAL, RECEIVED));
        return Stream.of(
                Arguments.of(List.of(CaseFixture.opened(3)), new TriageCase(ID, 3, DEPARTMENT, HANDLER)),
                Arguments.of(investigating, new AssignHandler(ID, "h.1", "H", "metering", HANDLER)),
                Arguments.of(investigating, new RecordFindings(ID, "found", "METER-READING", CALLBACK_AGENT)),
                Arguments.of(investigating, new MarkInvalid(ID, InvalidityReason.FORCE_MAJEURE, "storm", HANDLER)),
                Arguments.of(awaiting, new ApproveRemedy(ID, "ok", COORDINATOR)),
                Arguments.of(awaiting, new ApproveRemedy(ID, "ok", HANDLER)),
                Arguments.of(awaiting, new RejectRemedy(ID, "no", SUPERVISOR)),
                Arguments.of(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "", COORDINATOR)),
                Arguments.of(investigating, new TakeOverCase(ID, COORDINATOR)),
                Arguments.of(investigating, new PauseClock(ID, "waiting", new Actor("x", "SH-PD"))));
    }

    @ParameterizedTest
    @MethodSource("wrongRole")
    void aCommandOfAnotherRoleIsNotPermitted(List<Object> history, Object command) {
        refused(history, command, NotPermittedException.class, "needs the role");
    }

    @Test
    void toAPersonOfAnotherUnitTheCaseIsNotFound() {
        refused(List.of(CaseFixture.opened(3)), new TriageCase(ID, 3, DEPARTMENT, STRANGER),
                AggregateNotFoundException.class, "No case of your units has this id");
    }

    @Test
    void toAPersonOfAnotherUnitTheCaseIsNotFoundWhateverTheirRole() {
        Actor analystElsewhere = new Actor("analyst.bjcy", "BJ-CY", Role.ANALYST, "quality");
        refused(List.of(CaseFixture.opened(3)), new TriageCase(ID, 3, DEPARTMENT, analystElsewhere),
                AggregateNotFoundException.class, "No case of your units has this id");
    }

    @Test
    void onlyAnApproverOfTheCasesUnitOrAboveDecides() {
        List<Object> awaiting = plus(CaseFixture.withFindings(1), proposed(1, true), set(TimeLimit.APPROVAL, RECEIVED));
        refused(awaiting, new ApproveRemedy(ID, "ok", BRANCH_APPROVER_ELSEWHERE), AggregateNotFoundException.class,
                "No case of your units has this id");
    }

    @Test
    void aRemedyOfAGeneralOrMinorComplaintHasNoApprovalToGive() {
        refused(plus(CaseFixture.withFindings(4), proposed(1, false)), new ApproveRemedy(ID, "ok", APPROVER),
                RulesViolatedException.class, "it must be AWAITING_APPROVAL");
    }

    @Test
    void aHandlerRelatedToThePersonComplainedAboutIsRefused() {
        refused(CaseFixture.investigating(3), new AssignHandler(ID, "Manager.Zhou", "Zhou Min", "billing",
                COORDINATOR), RulesViolatedException.class, "related to the person complained about");
    }

    @Test
    void aRelationCountsBothWays() {
        new CaseFixture(new Recusal(Map.of("manager.zhou", List.of(" wang wei ")))).fixture.givenCurrentTime(RECEIVED).andGiven(CaseFixture.investigating(3))
                .when(new AssignHandler(ID, "manager.zhou", "Zhou Min", "billing", COORDINATOR))
                .expectException(RulesViolatedException.class)
                .expectExceptionMessage(containsString("related to the person complained about"))
                .expectNoEvents();
    }

    @Test
    void aColleagueOfThePersonComplainedAboutMayHandleIt() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(CaseFixture.investigating(3))
                .when(new AssignHandler(ID, "h.2", "Liu Yang", DEPARTMENT, COORDINATOR))
                .expectEvents(new HandlerAssigned(ID, "h.2", DEPARTMENT, null));
    }

    @Test
    void thePersonComplainedAboutCannotHandleTheComplaint() {
        refused(CaseFixture.investigating(3), new AssignHandler(ID, "wang.wei", " wang wei ", "metering", COORDINATOR),
                RulesViolatedException.class, "the person complained about");
    }

    @Test
    void aCallbackAgentOfTheResponsibleDepartmentIsRefused() {
        Actor insider = new Actor("agent.gao", "SH-PD", Role.CALLBACK_AGENT, DEPARTMENT);
        refused(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "", insider), NotPermittedException.class,
                "must not belong to the responsible department billing");
    }

    @Test
    void aCallbackAgentMustSayTheirDepartment() {
        Actor unnamed = new Actor("agent.gao", "SH-PD", Role.CALLBACK_AGENT, null);
        refused(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "", unnamed), NotPermittedException.class,
                "department must be given");
    }

    @Test
    void aDissatisfiedCallbackMustSayWhy() {
        refused(callbackDue(), new CompleteCallback(ID, Satisfaction.DISSATISFIED, " ", CALLBACK_AGENT),
                RulesViolatedException.class, "must say why");
    }

    @Test
    void aRemedyNeedsTheFindingsFirst() {
        refused(CaseFixture.assigned(3), proposal(), RulesViolatedException.class, "findings before a remedy");
    }

    @Test
    void aCauseOutsideTheCatalogueIsRefused() {
        refused(CaseFixture.assigned(3), new RecordFindings(ID, "found", "BAD-LUCK", HANDLER),
                RulesViolatedException.class, "must be a cause of the catalogue");
    }

    @Test
    void aLevelOutsideOneToFourIsRefused() {
        refused(List.of(CaseFixture.opened(3)), new TriageCase(ID, 5, DEPARTMENT, COORDINATOR),
                RulesViolatedException.class, "must be 1 to 4");
    }

    @Test
    void aCaseWithHqCannotBeEscalatedFurtherNorTakenOverTwice() {
        List<Object> takenOver = plus(CaseFixture.investigating(3),
                new CaseTakenOver(ID, CaseFixture.BRANCH, CaseFixture.HQ));
        refused(takenOver, new EscalateCase(ID, "late", COORDINATOR), RulesViolatedException.class, "already with HQ");
        refused(takenOver, new TakeOverCase(ID, SUPERVISOR), RulesViolatedException.class, "already taken");
    }

    @Test
    void onlyHqItselfTakesACaseOver() {
        Actor subsidiarySupervisor = new Actor("sup.he", "SH", Role.HQ_SUPERVISOR, "office");
        refused(CaseFixture.investigating(3), new TakeOverCase(ID, subsidiarySupervisor), NotPermittedException.class,
                "only HQ may do this");
    }

    private static ProposeRemedy proposal() {
        return new ProposeRemedy(ID, "correct the bill", "handler.zhao", LocalDate.parse("2023-10-12"), "", "", HANDLER);
    }

    private static List<Object> callbackDue() {
        return plus(CaseFixture.withFindings(3), proposed(1, false), new RemedyOffered(ID, 1), new RemedyAccepted(ID, 1),
                new RemedyExecuted(ID, 1, "done"), new CallbackInstructed(ID, DEPARTMENT),
                set(TimeLimit.CALLBACK, RECEIVED));
    }
}
