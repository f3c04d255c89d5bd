package io.complaints.intake.complaint;

import java.time.Clock;
import java.time.Instant;
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

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;
import io.complaints.intake.complaint.ComplaintRegistered.EarlierComplaint;
import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;

/** Every rule of registration, amendment and withdrawal, and every refusal. */
class ComplaintTest {

    static final Instant NOW = Instant.parse("2023-10-01T02:00:00Z");
    static final OrganisationUnit PUDONG =
            new OrganisationUnit("SH-PD", "Pudong branch", List.of("HQ", "SH", "SH-PD"), ZoneId.of("Asia/Shanghai"));
    static final Actor AGENT = new Actor("agent.li", "SH-PD", Role.INTAKE_AGENT, null);
    static final Complainant ZHANG = new Complainant("张三", null, "1 Century Ave", "13812345678", null, true);
    static final ComplaintDetails BILLING = new ComplaintDetails(Channel.HOTLINE, Category.BILLING, 3, "Billed twice",
            "Refund", Instant.parse("2023-09-30T08:00:00Z"), null, Set.of(), 1);

    static final String NUMBER = "SH-PD-202310010001";

    private AggregateTestFixture<Complaint> fixture;
    private Registering registering;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        registering = new Registering(fixture);
        fixture.registerAnnotatedCommandHandler(registering);
    }

    // --- registration (the constructor; numbers and repeats come from RegistrationCommandHandler) ---

    @Test
    void registrationRecordsEveryFactWithTheNumberAndTheAgent() {
        fixture.givenNoPriorActivity()
                .when(command(BILLING, ZHANG, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(BILLING, null, null));
    }

    @Test
    void aRepeatComplaintIsLinkedToTheEarlierOneAndBecomesPriority() {
        registering.repeatOf = new EarlierComplaint("c-0", "SH-PD-202309200003");

        fixture.givenNoPriorActivity()
                .when(command(BILLING, ZHANG, null))
                .expectEvents(registered(BILLING.withPriority(PrioritySource.REPEAT_COMPLAINT), null,
                        registering.repeatOf));
    }

    @Test
    void aComplaintByTheGovernmentHotlineAConsumerAssociationOrTheMediaIsRecordedAsPriority() {
        for (var channel : List.of(Channel.GOVERNMENT_HOTLINE, Channel.CONSUMER_ASSOCIATION, Channel.MEDIA)) {
            ComplaintDetails byChannel = new ComplaintDetails(channel, Category.BILLING, 3, "Billed twice", "Refund",
                    null, null, Set.of(), 1);
            setUp();
            fixture.givenNoPriorActivity()
                    .when(command(byChannel, ZHANG, null))
                    .expectEvents(registered(byChannel.withPriority(PrioritySource.BY_CHANNEL.get(channel)), null,
                            null));
        }
    }

    @Test
    void anAmendmentToAPriorityChannelRecordsItsPriority() {
        fixture.given(registered(BILLING, null, null))
                .when(new AmendComplaint("c-1", new ComplaintChanges(Channel.MEDIA, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null), "the reporter called, not the customer", AGENT))
                .expectEvents(new ComplaintAmended("c-1", NUMBER, new ComplaintDetails(Channel.MEDIA, Category.BILLING,
                        3, "Billed twice", "Refund", Instant.parse("2023-09-30T08:00:00Z"), null,
                        Set.of(PrioritySource.MEDIA), 1), "ref-1", ZHANG, List.of("channel", "prioritySources"),
                        "the reporter called, not the customer", NOW, AGENT));
    }

    @Test
    void aMinorComplaintMayBeRegisteredAsResolvedAtIntake() {
        fixture.givenNoPriorActivity()
                .when(command(withLevel(BILLING, 4), ZHANG, "Refunded at the counter"))
                .expectEvents(registered(withLevel(BILLING, 4), "Refunded at the counter", null));
    }

    @Test
    void onlyAMinorComplaintMayBeResolvedAtIntake() {
        refused(command(withLevel(BILLING, 3), ZHANG, "Refunded"), "resolvedAtIntake:only-minor");
    }

    @Test
    void theLevelIsOneToFour() {
        refused(command(withLevel(BILLING, 0), ZHANG, null), "level:range");
    }

    @Test
    void aLevelAboveFourIsRefusedToo() {
        refused(command(withLevel(BILLING, 5), ZHANG, null), "level:range");
    }

    @Test
    void aGroupComplaintOfFiveOrMoreIsMajor() {
        refused(command(new ComplaintDetails(Channel.VISIT, Category.SAFETY, 2, "Gas smell", null, null, null, Set.of(), 5),
                ZHANG, null), "level:group-complaint-is-major");
    }

    @Test
    void aMajorGroupComplaintIsRegistered() {
        var group = new ComplaintDetails(Channel.VISIT, Category.SAFETY, 1, "Gas smell", null, null, null, Set.of(), 12);

        fixture.givenNoPriorActivity().when(command(group, ZHANG, null)).expectEvents(registered(group, null, null));
    }

    @Test
    void theMatterCannotHaveHappenedAfterItWasReceived() {
        refused(command(new ComplaintDetails(Channel.HOTLINE, Category.BILLING, 3, "x", null, NOW.plusSeconds(60), null,
                Set.of(), 1), ZHANG, null), "occurredAt:not-in-future");
    }

    @Test
    void theComplainantMustBeReachable() {
        refused(command(BILLING, new Complainant("张三", null, null, null, null, false), null),
                "complainant:contact-required");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        var bad = new ComplaintDetails(Channel.HOTLINE, Category.BILLING, 2, "x", null, NOW.plusSeconds(1), null,
                Set.of(), 9);

        refused(command(bad, new Complainant("x", null, null, null, null, false), "done"),
                "level:group-complaint-is-major", "occurredAt:not-in-future", "complainant:contact-required",
                "resolvedAtIntake:only-minor");
    }

    // --- amendment ---

    @Test
    void anAmendmentRecordsTheCorrectedFactsWhatChangedAndWhy() {
        var changes = changes(1, "Billed three times", "13900001111");

        givenRegistered()
                .when(new AmendComplaint("c-1", changes, "the customer called back", AGENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ComplaintAmended("c-1", NUMBER,
                        new ComplaintDetails(Channel.HOTLINE, Category.BILLING, 1, "Billed three times", "Refund",
                                BILLING.occurredAt(), null, Set.of(), 1),
                        "ref-1", new Complainant("张三", null, "1 Century Ave", "13900001111", null, true),
                        List.of("level", "description", "complainant"), "the customer called back", NOW, AGENT));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        givenRegistered()
                .when(new AmendComplaint("c-1", changes(3, "Billed twice", null), "no-op", AGENT))
                .expectException(violating("null:changes-something"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentKeepsTheRulesOfRegistration() {
        givenRegistered()
                .when(new AmendComplaint("c-1", changes(7, null, null), "typo", AGENT))
                .expectException(violating("level:range"))
                .expectNoEvents();
    }

    @Test
    void aRepeatComplaintStaysARepeatWhateverTheAmendmentLists() {
        fixture.given(registered(BILLING.withPriority(PrioritySource.REPEAT_COMPLAINT), null,
                        new EarlierComplaint("c-0", "SH-PD-202309200003")))
                .when(new AmendComplaint("c-1", new ComplaintChanges(null, null, null, null, null, null, null,
                        Set.of(PrioritySource.MEDIA), null, null, null, null, null, null, null), "media called", AGENT))
                .expectEvents(new ComplaintAmended("c-1", NUMBER,
                        BILLING.withPriority(PrioritySource.MEDIA).withPriority(PrioritySource.REPEAT_COMPLAINT), "ref-1",
                        ZHANG, List.of("prioritySources"), "media called", NOW, AGENT));
    }

    // --- withdrawal ---

    @Test
    void aWithdrawalIsRecordedWithItsReason() {
        givenRegistered()
                .when(new WithdrawComplaint("c-1", "the refund arrived", AGENT))
                .expectEvents(new ComplaintWithdrawn("c-1", NUMBER, "the refund arrived", NOW, AGENT));
    }

    @Test
    void aWithdrawnComplaintCannotBeWithdrawnAgain() {
        var withdrawn = new ComplaintWithdrawn("c-1", NUMBER, "refund arrived", NOW, AGENT);

        givenRegistered().andGiven(withdrawn)
                .when(new WithdrawComplaint("c-1", "again", AGENT))
                .expectException(violating("null:not-withdrawn")).expectNoEvents();
    }

    @Test
    void aWithdrawnComplaintCannotBeAmended() {
        fixture.given(registered(BILLING, null, null),
                        new ComplaintWithdrawn("c-1", NUMBER, "refund arrived", NOW, AGENT))
                .when(new AmendComplaint("c-1", changes(2, null, null), "late", AGENT))
                .expectException(violating("null:not-withdrawn")).expectNoEvents();
    }

    // --- helpers ---

    /** Stands in for RegistrationCommandHandler: the number and the repeat come from outside the aggregate. */
    static final class Registering {
        private final AggregateTestFixture<Complaint> fixture;
        EarlierComplaint repeatOf;

        Registering(AggregateTestFixture<Complaint> fixture) {
            this.fixture = fixture;
        }

        @CommandHandler
        void handle(RegisterComplaint command) throws Exception {
            fixture.getRepository().newInstance(() -> new Complaint(command, NUMBER, repeatOf, NOW));
        }
    }

    private org.axonframework.test.aggregate.TestExecutor<Complaint> givenRegistered() {
        return fixture.given(registered(BILLING, null, null));
    }

    static RegisterComplaint command(ComplaintDetails details, Complainant complainant, String resolvedAtIntake) {
        return new RegisterComplaint("c-1", PUDONG, details, "ref-1", complainant, resolvedAtIntake, null, null, AGENT);
    }

    static ComplaintRegistered registered(ComplaintDetails details, String resolvedAtIntake, EarlierComplaint repeatOf) {
        return new ComplaintRegistered("c-1", NUMBER, "SH-PD", List.of("HQ", "SH", "SH-PD"), details, "ref-1", ZHANG,
                resolvedAtIntake, repeatOf, NOW, AGENT);
    }

    private void refused(RegisterComplaint command, String... fieldAndRule) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violating(fieldAndRule))
                .expectNoEvents();
    }

    /** Matches a refusal naming exactly these {@code field:rule} pairs. */
    static Matcher<RulesViolatedException> violating(String... fieldAndRule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RulesViolatedException refused) {
                return refused.violations().stream().map(v -> v.field() + ":" + v.rule()).sorted().toList()
                        .equals(java.util.Arrays.stream(fieldAndRule).sorted().toList());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming exactly ").appendValue(List.of(fieldAndRule));
            }
        };
    }

    private static ComplaintDetails withLevel(ComplaintDetails d, int level) {
        return new ComplaintDetails(d.channel(), d.category(), level, d.description(), d.demand(), d.occurredAt(),
                d.complainedAbout(), d.prioritySources(), d.groupSize());
    }

    private static ComplaintChanges changes(Integer level, String description, String phone) {
        return new ComplaintChanges(null, null, level, description, null, null, null, null, null, null, null, null,
                phone, null, null);
    }
}
