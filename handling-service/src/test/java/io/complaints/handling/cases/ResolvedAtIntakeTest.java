package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.BRANCH;
import static io.complaints.handling.cases.CaseFixture.CALLBACK_AGENT;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.SUBSIDIARY;
import static io.complaints.handling.cases.CaseFixture.SYSTEM;
import static io.complaints.handling.cases.CaseFixture.due;
import static io.complaints.handling.cases.CaseFixture.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

import io.complaints.events.CaseStatus;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.DeadlineMet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;

/**
 * A minor complaint settled on the spot (DOMAIN.md, "Severity", level 4): its case closes at once as
 * resolved, with the action taken, and the callback the procedure asks is instructed.
 */
class ResolvedAtIntakeTest {

    private static final IntakeResolution SETTLED = new IntakeResolution("apologised and re-sent the bill",
            "agent.li");

    private static OpenCase openSettled(int level) {
        return new OpenCase(ID, "SH-PD-202310090001", BRANCH, level, List.of(), DEPARTMENT, "Wang Wei", RECEIVED,
                SYSTEM, SETTLED);
    }

    private static List<Object> settled() {
        return List.of(new CaseOpened(ID, "SH-PD-202310090001", BRANCH, 4, List.of(), DEPARTMENT, "Wang Wei",
                        RECEIVED, RECEIVED, SYSTEM, SETTLED),
                new CallbackInstructed(ID, DEPARTMENT),
                new CaseClosed(ID, CaseOutcome.RESOLVED, null, RECEIVED),
                set(TimeLimit.CALLBACK, RECEIVED));
    }

    @Test
    void aMinorComplaintSettledAtIntakeClosesAtOnceAsResolvedWithTheCallbackInstructed() {
        var result = new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(List.of()).when(openSettled(4))
                .expectEvents(settled().toArray())
                // no triage limit: nothing waits for triage, nothing can be missed but the callback
                .expectScheduledDeadline(Duration.ofDays(2),
                        new DeadlineDue(TimeLimit.CALLBACK, RECEIVED.plus(Duration.ofDays(2))));
        result.expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.CLOSED));
    }

    @Test
    void theActionTakenIsTheReasonTheCaseClosed() {
        var fixture = new CaseFixture().fixture;
        fixture.givenCurrentTime(RECEIVED).andGiven(List.of()).when(openSettled(4))
                .expectEventsMatching(new org.hamcrest.TypeSafeMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> events) {
                        return events.stream().map(EventMessage.class::cast)
                                .filter(e -> e.getPayload() instanceof CaseClosed)
                                .anyMatch(e -> "resolved at intake: apologised and re-sent the bill"
                                        .equals(e.getMetaData().get(CaseMetaData.REASON)));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("CaseClosed with the action taken as its reason");
                    }
                });
    }

    @Test
    void onlyALevelFourComplaintClosesAtIntake() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(List.of()).when(openSettled(3))
                .expectEvents(new CaseOpened(ID, "SH-PD-202310090001", BRANCH, 3, List.of(), DEPARTMENT, "Wang Wei",
                        RECEIVED, RECEIVED, SYSTEM, null), set(TimeLimit.TRIAGE, RECEIVED))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_TRIAGE));
    }

    @Test
    void aSatisfiedCallbackMeetsItsLimitAndTheCaseStaysClosed() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(settled())
                .when(new CompleteCallback(ID, Satisfaction.SATISFIED, null, CALLBACK_AGENT))
                .expectEvents(new CallbackCompleted(ID, CALLBACK_AGENT.id(), CALLBACK_AGENT.department(),
                                Satisfaction.SATISFIED, null),
                        new DeadlineMet(ID, due(TimeLimit.CALLBACK, RECEIVED), RECEIVED))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.CLOSED));
    }

    @Test
    void aDissatisfiedCallbackReopensTheSettledCase() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(settled())
                .when(new CompleteCallback(ID, Satisfaction.DISSATISFIED, "bill still wrong", CALLBACK_AGENT))
                .expectEvents(new CallbackCompleted(ID, CALLBACK_AGENT.id(), CALLBACK_AGENT.department(),
                                Satisfaction.DISSATISFIED, "bill still wrong"),
                        new DeadlineMet(ID, due(TimeLimit.CALLBACK, RECEIVED), RECEIVED),
                        new CaseReopened(ID, "bill still wrong"),
                        set(TimeLimit.SETTLE, RECEIVED),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.CALLBACK_DISSATISFIED,
                                "bill still wrong", RECEIVED, due(TimeLimit.SETTLE, RECEIVED)))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING));
    }

    @Test
    void theAgentWhoSettledItDoesNotMakeTheCallback() {
        Actor settler = new Actor("agent.li", "SH-PD", Role.CALLBACK_AGENT, "front-desk");
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(settled())
                .when(new CompleteCallback(ID, Satisfaction.SATISFIED, null, settler))
                .expectException(NotPermittedException.class)
                .expectExceptionMessage(containsString("handler"))
                .expectNoEvents();
    }

    @Test
    void aCallbackIsMadeOnce() {
        List<Object> called = new java.util.ArrayList<>(settled());
        called.add(new CallbackCompleted(ID, CALLBACK_AGENT.id(), CALLBACK_AGENT.department(), Satisfaction.SATISFIED,
                null));
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(called)
                .when(new CompleteCallback(ID, Satisfaction.SATISFIED, null, CALLBACK_AGENT))
                .expectException(RulesViolatedException.class)
                .expectNoEvents();
    }

    @Test
    void aSettledCaseIsNotTriaged() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(settled())
                .when(new TriageCase(ID, 4, DEPARTMENT, CaseFixture.COORDINATOR))
                .expectException(RulesViolatedException.class)
                .expectNoEvents();
    }
}
