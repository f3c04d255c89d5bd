package io.complaints.intake.complaint;

import static io.complaints.intake.complaint.ComplaintTest.BILLING;
import static io.complaints.intake.complaint.ComplaintTest.NOW;
import static io.complaints.intake.complaint.ComplaintTest.NUMBER;
import static io.complaints.intake.complaint.ComplaintTest.PUDONG;
import static io.complaints.intake.complaint.ComplaintTest.ZHANG;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.events.PrioritySource;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;
import io.complaints.platform.organisation.OrganisationUnit;

/**
 * The receiving-unit rule (agents register for their own unit; HQ for any, transferred from HQ) and
 * the correction rule (intake agents and coordinators of the complaint's unit or above), in the aggregate.
 */
class WhoRegistersAndCorrectsTest {

    static final OrganisationUnit CHAOYANG =
            new OrganisationUnit("BJ-CY", "Chaoyang branch", List.of("HQ", "BJ", "BJ-CY"), ZoneId.of("Asia/Shanghai"));
    static final Actor PUDONG_AGENT = new Actor("agent.shpd", "SH-PD", Role.INTAKE_AGENT, null);
    static final Actor HQ_AGENT = new Actor("agent.hq", "HQ", Role.INTAKE_AGENT, null);
    static final Actor SH_AGENT = new Actor("agent.sh", "SH", Role.INTAKE_AGENT, null);
    static final Actor SH_COORDINATOR = new Actor("coordinator.sh", "SH", Role.COORDINATOR, null);
    static final Actor PUDONG_HANDLER = new Actor("handler.shpd", "SH-PD", Role.HANDLER, "billing");
    static final Actor XUHUI_AGENT = new Actor("agent.shxh", "SH-XH", Role.INTAKE_AGENT, null);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerAnnotatedCommandHandler(new Object() {
            @CommandHandler
            void handle(RegisterComplaint command) throws Exception {
                fixture.getRepository().newInstance(() -> new Complaint(command, NUMBER, null, NOW));
            }
        });
    }

    @Test
    void anAgentRegistersForTheirOwnUnit() {
        fixture.givenNoPriorActivity()
                .when(register(PUDONG, PUDONG_AGENT))
                .expectEvents(registered(PUDONG, BILLING, PUDONG_AGENT));
    }

    @Test
    void headquartersRegistersOnBehalfOfAnyUnitAndTheComplaintIsTransferredFromHq() {
        fixture.givenNoPriorActivity()
                .when(register(PUDONG, HQ_AGENT))
                .expectEvents(registered(PUDONG, BILLING.withPriority(PrioritySource.HQ_TRANSFERRED), HQ_AGENT));
    }

    @Test
    void anAgentOfAnotherBranchMayNotRegisterForThisOne() {
        refused(register(CHAOYANG, PUDONG_AGENT), "unit-scope");
    }

    @Test
    void aSubsidiaryDoesNotRegisterOnBehalfOfItsBranches() {
        refused(register(PUDONG, SH_AGENT), "unit-scope");
    }

    @Test
    void aHandlerDoesNotRegister() {
        refused(register(PUDONG, PUDONG_HANDLER), "role");
    }

    @Test
    void aCoordinatorOfTheUnitAboveAmends() {
        fixture.given(registered(PUDONG, BILLING, PUDONG_AGENT))
                .when(new AmendComplaint("c-1", levelTwo(), "wrong level", SH_COORDINATOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ComplaintAmended("c-1", NUMBER, withLevelTwo(BILLING), "ref-1", ZHANG, List.of("level"),
                        "wrong level", NOW, SH_COORDINATOR));
    }

    @Test
    void anAmendmentKeepsTheTransferFromHq() {
        ComplaintDetails transferred = BILLING.withPriority(PrioritySource.HQ_TRANSFERRED);
        fixture.given(registered(PUDONG, transferred, HQ_AGENT))
                .when(new AmendComplaint("c-1", new ComplaintChanges(null, null, 2, null, null, null, null, Set.of(),
                        null, null, null, null, null, null, null), "wrong level", PUDONG_AGENT))
                .expectEvents(new ComplaintAmended("c-1", NUMBER, withLevelTwo(transferred), "ref-1", ZHANG,
                        List.of("level"), "wrong level", NOW, PUDONG_AGENT));
    }

    @Test
    void aHandlerOfTheUnitDoesNotCorrect() {
        fixture.given(registered(PUDONG, BILLING, PUDONG_AGENT))
                .when(new WithdrawComplaint("c-1", "resolved", PUDONG_HANDLER))
                .expectException(notPermitted("role"))
                .expectNoEvents();
    }

    @Test
    void anAgentOfAnotherBranchDoesNotCorrect() {
        fixture.given(registered(PUDONG, BILLING, PUDONG_AGENT))
                .when(new AmendComplaint("c-1", levelTwo(), "wrong level", XUHUI_AGENT))
                .expectException(notPermitted("unit-scope"))
                .expectNoEvents();
    }

    private void refused(RegisterComplaint command, String rule) {
        fixture.givenNoPriorActivity().when(command).expectException(notPermitted(rule)).expectNoEvents();
    }

    private static RegisterComplaint register(OrganisationUnit unit, Actor actor) {
        return new RegisterComplaint("c-1", unit, BILLING, "ref-1", ZHANG, null, null, null, actor);
    }

    private static ComplaintRegistered registered(OrganisationUnit unit, ComplaintDetails details, Actor actor) {
        return new ComplaintRegistered("c-1", NUMBER, unit.code(), unit.path(), details, "ref-1", ZHANG, null, null, NOW,
                actor);
    }

    private static ComplaintChanges levelTwo() {
        return new ComplaintChanges(null, null, 2, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ComplaintDetails withLevelTwo(ComplaintDetails d) {
        return new ComplaintDetails(d.channel(), d.category(), 2, d.description(), d.demand(), d.occurredAt(),
                d.complainedAbout(), d.prioritySources(), d.groupSize());
    }

    private static Matcher<NotPermittedException> notPermitted(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(NotPermittedException refused) {
                return refused.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal under the rule ").appendValue(rule);
            }
        };
    }
}
