package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.due;
import static io.complaints.handling.cases.CaseFixture.set;
import static io.complaints.handling.cases.CaseLifecycleTest.proposed;
import static io.complaints.handling.cases.CaseLifecycleTest.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.Test;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CallbackMethod;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseStatus;
import io.complaints.events.DeadlineMet;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;

/**
 * The complainant answers online: the decision on the offered remedy and the callback are recorded as a
 * handler's and a callback agent's are, with the complainant as the actor and the online method; what
 * the case does not wait for is refused as it is for anyone.
 */
class ComplainantOnlineTest {

    private static final Actor COMPLAINANT = ComplainantAnswers.complainant("3f6c1c9e-0d7e-4d51-9a55-3d1b8d0e7a10",
            "SH-PD");

    private static ResultValidator<Case> at(List<Object> history, Object command) {
        return new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history).when(command);
    }

    private static List<Object> offered() {
        List<Object> events = new ArrayList<>(CaseFixture.withFindings(3));
        events.add(proposed(1, false));
        events.add(new RemedyOffered(ID, 1));
        return events;
    }

    private static List<Object> callbackDue() {
        List<Object> events = offered();
        events.addAll(List.of(new RemedyAccepted(ID, 1), new DeadlineMet(ID, due(TimeLimit.SETTLE, RECEIVED), RECEIVED),
                new RemedyExecuted(ID, 1, "bill corrected"), new CallbackInstructed(ID, DEPARTMENT),
                set(TimeLimit.CALLBACK, RECEIVED)));
        return events;
    }

    @Test
    void theComplainantDeclinesTheOfferedRemedyWithAReasonAsTheActor() {
        at(offered(), new RecordDecision(ID, false, "too little", COMPLAINANT))
                .expectEvents(new RemedyDeclined(ID, 1, "too little", 1))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING));
    }

    @Test
    void theComplainantsAcceptanceIsRecordedWithTheComplainantAsTheActor() {
        at(offered(), new RecordDecision(ID, true, null, COMPLAINANT))
                .expectEvents(new RemedyAccepted(ID, 1), new DeadlineMet(ID, due(TimeLimit.SETTLE, RECEIVED), RECEIVED))
                .expectEventsMatching(Matchers.listWithAnyOf(new CustomMatcher<EventMessage<?>>(
                        "RemedyAccepted by the complainant") {
                    @Override
                    public boolean matches(Object message) {
                        return message instanceof EventMessage<?> event && event.getPayload() instanceof RemedyAccepted
                                && event.getMetaData().equals(MetaData.from(Map.of(CaseMetaData.ACTOR_ID,
                                COMPLAINANT.id(), CaseMetaData.ACTOR_UNIT, "SH-PD", CaseMetaData.ACTOR_ROLE,
                                Role.COMPLAINANT.name())));
                    }
                }));
    }

    @Test
    void aDecisionWhenNoRemedyIsOfferedIsRefused() {
        at(CaseFixture.withFindings(3), new RecordDecision(ID, true, null, COMPLAINANT))
                .expectException(io.complaints.platform.RulesViolatedException.class)
                .expectNoEvents();
    }

    @Test
    void theComplainantsOnlineCallbackSatisfiedClosesTheCase() {
        at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, "thanks", Satisfaction.FAIRLY_SATISFIED,
                CallbackMethod.ONLINE, COMPLAINANT))
                .expectEvents(new CallbackCompleted(ID, COMPLAINANT.id(), null, Satisfaction.SATISFIED, "thanks",
                                Satisfaction.FAIRLY_SATISFIED, CallbackMethod.ONLINE),
                        new DeadlineMet(ID, due(TimeLimit.CALLBACK, RECEIVED), RECEIVED),
                        withdrawn(TimeLimit.CONTACT),
                        new CaseClosed(ID, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, RECEIVED))
                .expectState(c -> assertThat(c.status()).isEqualTo(CaseStatus.CLOSED));
    }

    @Test
    void theComplainantAnswersOnlyByTheOnlineMethod() {
        at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, null, null, CallbackMethod.PHONE,
                COMPLAINANT))
                .expectException(io.complaints.platform.RulesViolatedException.class)
                .expectNoEvents();
    }

    @Test
    void aCallbackAgentCannotRecordTheComplainantsOnlineAnswer() {
        at(callbackDue(), new CompleteCallback(ID, Satisfaction.SATISFIED, null, null, CallbackMethod.ONLINE,
                CaseFixture.CALLBACK_AGENT))
                .expectException(io.complaints.platform.RulesViolatedException.class)
                .expectNoEvents();
    }

    @Test
    void anOnlineAnswerBeforeTheCallbackIsInstructedIsRefused() {
        at(offered(), new CompleteCallback(ID, Satisfaction.SATISFIED, null, null, CallbackMethod.ONLINE, COMPLAINANT))
                .expectException(io.complaints.platform.RulesViolatedException.class)
                .expectNoEvents();
    }
}
