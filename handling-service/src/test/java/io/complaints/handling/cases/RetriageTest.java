package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.BRANCH;
import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.HQ;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.SUBSIDIARY;
import static io.complaints.handling.cases.CaseFixture.SYSTEM;
import static io.complaints.handling.cases.CaseFixture.due;
import static io.complaints.handling.cases.CaseFixture.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseStatus;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.InvalidityReason;
import io.complaints.events.PrioritySource;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.AmendIntakeFacts;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.RetriageCase;
import io.complaints.platform.RulesViolatedException;

/** Corrections after triage: re-triage with a reason, intake's amendments, a reassignment's reason. */
class RetriageTest {

    private static ResultValidator<Case> at(List<Object> history, Object command) {
        return new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command);
    }

    private static List<Object> plus(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    private static void refused(List<Object> history, Object command, String message) {
        at(history, command).expectException(RulesViolatedException.class)
                .expectExceptionMessage(containsString(message)).expectNoEvents();
    }

    @Test
    void aRaiseToLevelOneGoesToHqAtOnceWithItsReason() {
        at(CaseFixture.investigating(3), new RetriageCase(ID, 1, DEPARTMENT, null, "the complainant was injured",
                COORDINATOR))
                .expectEvents(new CaseRetriaged(ID, 3, 1, DEPARTMENT, DEPARTMENT, true, "the complainant was injured",
                                RECEIVED, CaseStatus.INVESTIGATING),
                        new Escalated(ID, BRANCH, HQ, EscalationReason.LEVEL_1_AT_TRIAGE, null, RECEIVED,
                                due(TimeLimit.CONTACT, RECEIVED)))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING));
    }

    @Test
    void aRaiseToLevelTwoAsksApprovalOfARemedyNotYetApproved() {
        List<Object> ready = plus(CaseFixture.withFindings(3), CaseLifecycleTest.proposed(1, false));
        at(ready, new RetriageCase(ID, 2, DEPARTMENT, null, "a group of six complainants", COORDINATOR))
                .expectEvents(new CaseRetriaged(ID, 3, 2, DEPARTMENT, DEPARTMENT, true, "a group of six complainants",
                                RECEIVED, CaseStatus.AWAITING_APPROVAL),
                        set(TimeLimit.APPROVAL, RECEIVED),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.LEVEL_2_AT_TRIAGE, null, RECEIVED,
                                due(TimeLimit.CONTACT, RECEIVED)))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL));
    }

    @Test
    void aLowerLevelOrAnotherDepartmentChangesNoStepAndEscalatesNothing() {
        at(CaseFixture.investigating(2), new RetriageCase(ID, 3, "metering", null, "a metering fault after all",
                COORDINATOR))
                .expectEvents(new CaseRetriaged(ID, 2, 3, DEPARTMENT, "metering", true, "a metering fault after all",
                        RECEIVED, CaseStatus.INVESTIGATING));
    }

    @Test
    void anInvalidComplaintFoundValidOwesContactAndSettlingAgainNotItsExplanation() {
        List<Object> invalid = plus(CaseFixture.investigating(3),
                new DeadlineWithdrawn(ID, due(TimeLimit.CONTACT, RECEIVED), RECEIVED),
                new DeadlineWithdrawn(ID, due(TimeLimit.SETTLE, RECEIVED), RECEIVED),
                new CaseMarkedInvalid(ID, InvalidityReason.MISUNDERSTANDING, "tariff"),
                set(TimeLimit.EXPLAIN_INVALID, RECEIVED));
        at(invalid, new RetriageCase(ID, 3, DEPARTMENT, true, "the tariff did not apply to this contract",
                COORDINATOR))
                .expectEvents(new CaseRetriaged(ID, 3, 3, DEPARTMENT, DEPARTMENT, true,
                                "the tariff did not apply to this contract", RECEIVED, CaseStatus.INVESTIGATING),
                        new DeadlineWithdrawn(ID, due(TimeLimit.EXPLAIN_INVALID, RECEIVED), RECEIVED),
                        set(TimeLimit.CONTACT, RECEIVED), set(TimeLimit.SETTLE, RECEIVED))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING));
    }

    @Test
    void aCorrectionSaysWhyChangesSomethingAndLeavesInvalidityToItsOwnStep() {
        refused(CaseFixture.investigating(3), new RetriageCase(ID, 2, DEPARTMENT, null, " ", COORDINATOR),
                "says why");
        refused(CaseFixture.investigating(3), new RetriageCase(ID, 3, " BILLING ", null, "same", COORDINATOR),
                "leaves level, department and validity as they are");
        refused(CaseFixture.investigating(3), new RetriageCase(ID, 3, DEPARTMENT, false, "not valid", COORDINATOR),
                "/invalidity");
        refused(List.of(CaseFixture.opened(3)), new RetriageCase(ID, 2, DEPARTMENT, null, "early", COORDINATOR),
                "AWAITING_TRIAGE");
        refused(CaseFixture.investigating(3), new RetriageCase(ID, 0, DEPARTMENT, null, "zero", COORDINATOR),
                "1 to 4");
    }

    @Test
    void aReplacedHandlerIsReplacedForAReasonKeptWithTheAssignment() {
        refused(CaseFixture.assigned(3), new AssignHandler(ID, "handler.qian", "Qian Li", "metering", COORDINATOR),
                "say why another takes it over");
        at(CaseFixture.assigned(3), new AssignHandler(ID, "handler.qian", "Qian Li", "metering", "on leave",
                COORDINATOR))
                .expectEventsMatching(new org.hamcrest.TypeSafeMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> events) {
                        return events.size() == 1 && events.get(0) instanceof EventMessage<?> assigned
                                && assigned.getPayload().equals(
                                        new HandlerAssigned(ID, "handler.qian", "metering", HANDLER.id()))
                                && "on leave".equals(assigned.getMetaData().get(CaseMetaData.REASON));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("HandlerAssigned replacing handler.zhao, with the reason 'on leave'");
                    }
                });
    }

    @Test
    void anAmendmentBeforeTriageChangesTheCasesLevelAndPriority() {
        at(List.of(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED)),
                new AmendIntakeFacts(ID, 2, List.of(PrioritySource.MEDIA), DEPARTMENT, "Wang Wei", "reporter called",
                        SYSTEM))
                .expectEvents(new IntakeFactsAmended(ID, 2, List.of(PrioritySource.MEDIA), DEPARTMENT, "Wang Wei"));
    }

    @Test
    void anAmendmentAfterTriageKeepsTheTriagedLevel() {
        at(CaseFixture.investigating(3), new AmendIntakeFacts(ID, 1, List.of(), DEPARTMENT, "Li Na", "wrong name",
                SYSTEM))
                .expectEvents(new IntakeFactsAmended(ID, 3, List.of(), DEPARTMENT, "Li Na"));
    }

    @Test
    void anAmendmentThatChangesNothingTheCaseKnowsRecordsNothing() {
        at(CaseFixture.investigating(3), new AmendIntakeFacts(ID, 2, List.of(), DEPARTMENT, "Wang Wei",
                "description typo", SYSTEM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
