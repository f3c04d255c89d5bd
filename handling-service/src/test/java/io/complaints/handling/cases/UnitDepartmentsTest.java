package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.due;
import static io.complaints.handling.cases.CaseFixture.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseStatus;
import io.complaints.events.CaseTriaged;
import io.complaints.events.DeadlineMet;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.RetriageCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.platform.RuleViolation;
import io.complaints.platform.RulesViolatedException;

/**
 * DOMAIN.md, "Organisation": the responsible department named at triage or re-triage, and the handler's
 * department at assignment, are departments of the case's unit as the organisation lists them. An unknown
 * code is refused naming its field and the rule {@code unknown-department}, and the case records nothing;
 * a known one is recorded as the unit lists it.
 */
class UnitDepartmentsTest {

    private static ResultValidator<Case> at(List<Object> history, Object command) {
        return new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command);
    }

    static Stream<Arguments> stepsNamingADepartment() {
        return Stream.of(
                Arguments.of(List.of(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED)),
                        new TriageCase(ID, 3, "catering", COORDINATOR), "responsibleDepartment"),
                Arguments.of(CaseFixture.investigating(3),
                        new RetriageCase(ID, 2, "catering", null, "a group complaint after all", COORDINATOR),
                        "responsibleDepartment"),
                Arguments.of(CaseFixture.investigating(3),
                        new AssignHandler(ID, "handler.qian", "Qian Li", "catering", COORDINATOR), "handlerDepartment"));
    }

    @ParameterizedTest
    @MethodSource("stepsNamingADepartment")
    void anUnknownDepartmentIsRefusedAndNothingIsRecorded(List<Object> history, Object command, String field) {
        at(history, command).expectNoEvents().expectException(new TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable refusal) {
                return refusal instanceof RulesViolatedException rules && rules.violations().stream().map(v ->
                        v.field() + "/" + v.rule()).toList().equals(List.of(field + "/unknown-department"));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused for " + field + " only, by the rule unknown-department");
            }
        });
    }

    @Test
    void theRefusalNamesTheFieldAndTheRule() {
        RulesViolatedException refused = org.junit.jupiter.api.Assertions.assertThrows(RulesViolatedException.class,
                () -> CaseFixture.DEPARTMENTS.of("SH-PD", "responsibleDepartment", "catering"));
        assertThat(refused.violations()).containsExactly(new RuleViolation("responsibleDepartment",
                "unknown-department", refused.violations().getFirst().message()));
        assertThat(refused.allConcernFields()).as("answered 400, naming the field").isTrue();
        assertThat(refused.getMessage()).contains("catering", "SH-PD");
    }

    @Test
    void triageRecordsTheCodeAsTheUnitListsIt() {
        at(List.of(CaseFixture.opened(3), set(TimeLimit.TRIAGE, RECEIVED)), new TriageCase(ID, 3, " Billing ",
                COORDINATOR))
                .expectEvents(new CaseTriaged(ID, 3, DEPARTMENT, RECEIVED),
                        new DeadlineMet(ID, due(TimeLimit.TRIAGE, RECEIVED), RECEIVED),
                        set(TimeLimit.CONTACT, RECEIVED), set(TimeLimit.SETTLE, RECEIVED));
    }

    @Test
    void reTriageAndAssignmentRecordTheCodeAsTheUnitListsIt() {
        at(CaseFixture.investigating(3), new RetriageCase(ID, 3, "METERING", null, "a metering fault after all",
                COORDINATOR))
                .expectEvents(new CaseRetriaged(ID, 3, 3, DEPARTMENT, "metering", true, "a metering fault after all",
                        RECEIVED, CaseStatus.INVESTIGATING));
        at(CaseFixture.investigating(3), new AssignHandler(ID, "handler.qian", "Qian Li", "Metering", COORDINATOR))
                .expectEvents(new HandlerAssigned(ID, "handler.qian", "metering", null));
    }
}
