package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.APPROVER;
import static io.complaints.handling.cases.CaseFixture.CALLBACK_AGENT;
import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.set;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.DeadlineMet;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Separation of duties, decided by the case (DOMAIN.md, "Roles"): the assigned handler investigates,
 * nobody approves their own remedy, the callback is independent of the handling. Each refusal names
 * its rule and records nothing.
 */
class SeparationOfDutiesTest {

    /** A handler of the same branch and department, but not the one the case is assigned to. */
    private static final Actor OTHER_HANDLER = new Actor("handler.qian", "SH-PD", Role.HANDLER, "metering");
    /** Leads the subsidiary's complaints office: coordinates and approves. */
    private static final Actor LEAD = new Actor("lead.zhou", "SH", Set.of(Role.COORDINATOR, Role.APPROVER), "office");

    private final CaseFixture cases = new CaseFixture();

    private ResultValidator<Case> at(List<Object> history, Object command) {
        return cases.fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command);
    }

    private static void refusedFor(ResultValidator<Case> result, String rule) {
        result.expectException(NotPermittedException.class).expectException(rule(rule)).expectNoEvents();
    }

    private static Matcher<NotPermittedException> rule(String code) {
        return new CustomTypeSafeMatcher<>("a refusal by the rule " + code) {
            @Override
            protected boolean matchesSafely(NotPermittedException refusal) {
                return code.equals(refusal.rule());
            }
        };
    }

    @Test
    void onlyTheAssignedHandlerRecordsFindings() {
        refusedFor(at(CaseFixture.assigned(3), new RecordFindings(ID, "found", "METER-READING", OTHER_HANDLER)),
                "assigned-handler");
    }

    @Test
    void noHandlerRecordsFindingsBeforeOneIsAssigned() {
        refusedFor(at(CaseFixture.investigating(3), new RecordFindings(ID, "found", "METER-READING", HANDLER)),
                "assigned-handler");
    }

    @Test
    void aCoordinatorRecordsFindingsForTheCase() {
        at(CaseFixture.assigned(3), new RecordFindings(ID, "found", "METER-READING", COORDINATOR))
                .expectEvents(new FindingsRecorded(ID, "found", "METER-READING"));
    }

    @Test
    void onlyTheAssignedHandlerProposesTheRemedy() {
        refusedFor(at(CaseFixture.withFindings(3), remedyBy(OTHER_HANDLER)), "assigned-handler");
    }

    @Test
    void nobodyApprovesARemedyTheyProposed() {
        refusedFor(cases.fixture.givenCurrentTime(RECEIVED).andGiven(CaseFixture.withFindings(2))
                .andGivenCommands(remedyBy(LEAD))
                .when(new ApproveRemedy(ID, "fine by me", LEAD)), "four-eyes");
    }

    @Test
    void anotherApproverApprovesTheProposal() {
        cases.fixture.givenCurrentTime(RECEIVED).andGiven(CaseFixture.withFindings(2))
                .andGivenCommands(remedyBy(LEAD))
                .when(new ApproveRemedy(ID, "agreed", APPROVER))
                .expectEvents(new DeadlineMet(ID, CaseFixture.due(TimeLimit.APPROVAL, RECEIVED), RECEIVED),
                        new RemedyApproved(ID, 1, false, "agreed"));
    }

    @Test
    void theHandlerDoesNotCallBackOnTheirOwnCase() {
        Actor handlerAsAgent = new Actor(HANDLER.id(), "SH-PD", Role.CALLBACK_AGENT, "quality");
        refusedFor(at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "", handlerAsAgent)),
                "callback-independence");
    }

    @Test
    void aHandlerReplacedOnTheCaseDoesNotCallBackEither() {
        List<Object> replaced = new ArrayList<>(callbackDue());
        replaced.add(new HandlerAssigned(ID, OTHER_HANDLER.id(), OTHER_HANDLER.department(), HANDLER.id()));
        Actor formerHandlerAsAgent = new Actor(HANDLER.id(), "SH-PD", Role.CALLBACK_AGENT, "quality");
        refusedFor(at(replaced, new CompleteCallback(ID, Satisfaction.SATISFIED, "", formerHandlerAsAgent)),
                "callback-independence");
    }

    @Test
    void theResponsibleDepartmentIsRecognisedWhateverItsCaseOrBlanks() {
        Actor insider = new Actor("callback.gao", "SH-PD", Role.CALLBACK_AGENT, " Billing ");
        refusedFor(at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "", insider)),
                "callback-independence");
    }

    @Test
    void noAgentOfTheResponsibleDepartmentCallsBack() {
        Actor insider = new Actor("callback.gao", "SH-PD", Role.CALLBACK_AGENT, DEPARTMENT);
        refusedFor(at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "", insider)),
                "callback-independence");
    }

    @Test
    void anIndependentAgentCallsBack() {
        at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "quick", CALLBACK_AGENT))
                .expectEvents(new CallbackCompleted(ID, CALLBACK_AGENT.id(), CALLBACK_AGENT.department(),
                                Satisfaction.SATISFIED, "quick"),
                        new DeadlineMet(ID, CaseFixture.due(TimeLimit.CALLBACK, RECEIVED), RECEIVED),
                        CaseLifecycleTest.withdrawn(TimeLimit.CONTACT), CaseLifecycleTest.withdrawn(TimeLimit.SETTLE),
                        new CaseClosed(ID, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, RECEIVED));
    }

    private static ProposeRemedy remedyBy(Actor actor) {
        return new ProposeRemedy(ID, "correct the bill", "handler.zhao", LocalDate.parse("2023-10-12"), "", "", actor);
    }

    private static List<Object> callbackDue() {
        List<Object> events = new ArrayList<>(CaseFixture.withFindings(3));
        events.addAll(List.of(CaseLifecycleTest.proposed(1, false), new RemedyOffered(ID, 1), new RemedyAccepted(ID, 1),
                new RemedyExecuted(ID, 1, "done"), new CallbackInstructed(ID, DEPARTMENT),
                set(TimeLimit.CALLBACK, RECEIVED)));
        return events;
    }
}
