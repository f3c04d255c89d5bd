package io.complaints.handling.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.Test;

import io.complaints.events.CallbackMethod;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantAnsweredCallback;
import io.complaints.events.ComplainantDecidedOnRemedy;
import io.complaints.events.EventTypes;
import io.complaints.events.Satisfaction;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Intake's events of the complainant's online answers become the case's own commands, the complainant as
 * the actor and the callback by the online method; an answer the case no longer waits for is counted,
 * not retried (it would never become applicable).
 */
class ComplainantAnswersTest {

    private static final String REFERENCE = "0b7c2d0e-2f67-4d39-8d5e-2b1f3a9c4e55";
    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

    private final Gateway gateway = new Gateway();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ComplainantAnswers answers = new ComplainantAnswers(gateway, meters);

    @Test
    void aDeclineOnlineIsTheCasesDecisionByTheComplainant() {
        answers.record(event(EventTypes.COMPLAINANT_DECIDED_ON_REMEDY,
                new ComplainantDecidedOnRemedy("c-1", "SH-PD-1", REFERENCE, false, "too little", AT)));

        RecordDecision decision = (RecordDecision) gateway.sent.getFirst();
        assertThat(decision.caseId()).isEqualTo("c-1");
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.reason()).isEqualTo("too little");
        assertThat(decision.actor().id()).isEqualTo(REFERENCE);
        assertThat(decision.actor().unit()).isEqualTo("SH-PD");
        assertThat(decision.actor().roles()).containsExactly(Role.COMPLAINANT);
    }

    @Test
    void anOnlineCallbackAnswerIsTheCallbackByTheOnlineMethod() {
        answers.record(event(EventTypes.COMPLAINANT_ANSWERED_CALLBACK, new ComplainantAnsweredCallback("c-1",
                "SH-PD-1", REFERENCE, Satisfaction.SATISFIED, Satisfaction.NEUTRAL, "thanks", AT)));

        CompleteCallback callback = (CompleteCallback) gateway.sent.getFirst();
        assertThat(callback.method()).isEqualTo(CallbackMethod.ONLINE);
        assertThat(callback.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(callback.timelinessSatisfaction()).isEqualTo(Satisfaction.NEUTRAL);
        assertThat(callback.actor().roles()).containsExactly(Role.COMPLAINANT);
    }

    @Test
    void anAnswerTheCaseNoLongerWaitsForIsCountedNotRetried() {
        gateway.refuse = true;

        answers.record(event(EventTypes.COMPLAINANT_DECIDED_ON_REMEDY,
                new ComplainantDecidedOnRemedy("c-1", "SH-PD-1", REFERENCE, true, null, AT)));

        assertThat(meters.counter("cases.online.answers", "outcome", "not-awaited").count()).isEqualTo(1);
    }

    private static CloudEvent<Object> event(String type, Object data) {
        return CloudEvent.of("e-1", "/intake-service", type, "c-1", AT, REFERENCE, "SH-PD", 3, data);
    }

    /** Keeps what is sent; refuses as a case out of step would, when asked to. */
    private static final class Gateway implements CommandGateway {

        final List<Object> sent = new ArrayList<>();
        boolean refuse;

        @Override
        @SuppressWarnings("unchecked")
        public <R> R sendAndWait(Object command) {
            if (refuse) {
                throw RulesViolatedException.ofRule("status", "the case does not wait for this");
            }
            sent.add(command);
            return null;
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            return sendAndWait(command);
        }

        @Override
        public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <R> CompletableFuture<R> send(Object command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
            throw new UnsupportedOperationException();
        }
    }
}
