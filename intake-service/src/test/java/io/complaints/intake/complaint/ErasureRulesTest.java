package io.complaints.intake.complaint;

import static io.complaints.intake.complaint.ComplaintTest.BILLING;
import static io.complaints.intake.complaint.ComplaintTest.NOW;
import static io.complaints.intake.complaint.ComplaintTest.NUMBER;
import static io.complaints.intake.complaint.ComplaintTest.registered;
import static io.complaints.intake.complaint.ComplaintTest.violating;

import java.time.Clock;
import java.time.ZoneOffset;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.events.Satisfaction;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/** Who erases a complainant's personal data, once, and what can no longer be done after it. */
class ErasureRulesTest {

    static final Actor COORDINATOR_SH = new Actor("coordinator.sh", "SH", Role.COORDINATOR, null);
    static final Actor SUPERVISOR = new Actor("supervisor.hq", "HQ", Role.HQ_SUPERVISOR, null);
    static final Actor AGENT = ComplaintTest.AGENT;

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCoordinatorOfAUnitAboveErasesWithTheReasonAndNoPersonalData() {
        fixture.given(registered(BILLING, null, null))
                .when(new EraseComplainant("c-1", "request by letter", COORDINATOR_SH))
                .expectEvents(new ComplainantErased("c-1", NUMBER, "ref-1", "request by letter", NOW, COORDINATOR_SH));
    }

    @Test
    void theHqSupervisorErasesToo() {
        fixture.given(registered(BILLING, null, null))
                .when(new EraseComplainant("c-1", "request by letter", SUPERVISOR))
                .expectEvents(new ComplainantErased("c-1", NUMBER, "ref-1", "request by letter", NOW, SUPERVISOR));
    }

    @Test
    void anIntakeAgentDoesNotErase() {
        fixture.given(registered(BILLING, null, null))
                .when(new EraseComplainant("c-1", "request", AGENT))
                .expectException(NotPermittedException.class).expectNoEvents();
    }

    @Test
    void aCoordinatorOfAnotherBranchDoesNotErase() {
        fixture.given(registered(BILLING, null, null))
                .when(new EraseComplainant("c-1", "request", new Actor("coordinator.bj", "BJ", Role.COORDINATOR, null)))
                .expectException(NotPermittedException.class).expectNoEvents();
    }

    @Test
    void anErasedComplainantIsNotErasedAgain() {
        fixture.given(registered(BILLING, null, null), erased())
                .when(new EraseComplainant("c-1", "again", COORDINATOR_SH))
                .expectException(violating("null:not-erased")).expectNoEvents();
    }

    @Test
    void nothingOfTheComplainantIsCorrectedOrAddedOnceErased() {
        Actor complainant = OnlineComplainant.of("ref-1", "SH-PD");
        fixture.given(registered(BILLING, null, null), erased())
                .when(new WithdrawComplaint("c-1", "late", AGENT))
                .expectException(violating("null:not-erased")).expectNoEvents();
        setUp();
        fixture.given(registered(BILLING, null, null), erased())
                .when(new AnswerCallback("c-1", Satisfaction.SATISFIED, null, null, complainant))
                .expectException(violating("null:not-erased")).expectNoEvents();
        setUp();
        fixture.given(registered(BILLING, null, null), erased())
                .when(new AttachEvidence("c-1", "e-1", "photo.jpg", "image/jpeg", 10, "ab", NOW, AGENT))
                .expectException(violating("null:not-erased")).expectNoEvents();
    }

    private static ComplainantErased erased() {
        return new ComplainantErased("c-1", NUMBER, "ref-1", "request by letter", NOW, COORDINATOR_SH);
    }
}
