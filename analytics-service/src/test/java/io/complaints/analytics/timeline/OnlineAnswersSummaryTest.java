package io.complaints.analytics.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackMethod;
import io.complaints.events.ComplainantAnsweredCallback;
import io.complaints.events.ComplainantDecidedOnRemedy;
import io.complaints.events.Satisfaction;

/** The complainant's answers given in the portal read as theirs in a complaint's timeline, never as an opaque id. */
class OnlineAnswersSummaryTest {

    private static final String REFERENCE = "0b7c2d0e-2f67-4d39-8d5e-2b1f3a9c4e55";
    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void theOnlineCallbackIsTheComplainantsAnswer() {
        Summary summary = Summary.of(new CallbackCompleted("c-1", REFERENCE, null, Satisfaction.SATISFIED, "thanks",
                Satisfaction.FAIRLY_SATISFIED, CallbackMethod.ONLINE), "CallbackCompleted");

        assertThat(summary.what()).isEqualTo("Callback answered online by the complainant: SATISFIED")
                .doesNotContain(REFERENCE);
        assertThat(summary.why()).isEqualTo("thanks");
    }

    @Test
    void theComplainantsDecisionAndAnswerFromThePortal() {
        assertThat(Summary.of(new ComplainantDecidedOnRemedy("c-1", "SH-PD-1", REFERENCE, false, "too little", AT),
                "ComplainantDecidedOnRemedy")).isEqualTo(new Summary("The complainant declined the remedy online",
                "too little"));
        assertThat(Summary.of(new ComplainantAnsweredCallback("c-1", "SH-PD-1", REFERENCE, Satisfaction.NEUTRAL, null,
                null, AT), "ComplainantAnsweredCallback").what())
                .isEqualTo("The complainant answered the callback online: NEUTRAL");
    }
}
