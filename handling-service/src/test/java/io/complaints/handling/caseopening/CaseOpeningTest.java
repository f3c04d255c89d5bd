package io.complaints.handling.caseopening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.platform.Actor;

class CaseOpeningTest {

    private static final Instant RECEIVED = Instant.parse("2023-10-01T02:00:00Z");
    private static final Instant NOW = Instant.parse("2023-10-01T02:00:01Z");
    private static final Actor SYSTEM = new Actor("system", "SH-PD");

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aReceivedComplaintOpensItsCaseAwaitingTriage() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase("c-1", "SH-PD-202310010001", "SH-PD", List.of("HQ", "SH", "SH-PD"), 2, RECEIVED, SYSTEM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseOpened("c-1", "SH-PD-202310010001", "SH-PD", List.of("HQ", "SH", "SH-PD"), 2,
                        RECEIVED, NOW, SYSTEM))
                .expectState(opened -> org.assertj.core.api.Assertions.assertThat(opened.status())
                        .isEqualTo(CaseStatus.AWAITING_TRIAGE));
    }
}
