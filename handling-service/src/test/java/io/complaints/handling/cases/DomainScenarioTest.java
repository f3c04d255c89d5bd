package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.APPROVER;
import static io.complaints.handling.cases.CaseFixture.BRANCH;
import static io.complaints.handling.cases.CaseFixture.CALLBACK_AGENT;
import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.HQ;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import io.complaints.events.ActionOverdue;
import io.complaints.events.CaseClosed;
import io.complaints.events.RemedyAction;
import io.complaints.events.CaseOutcome;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.RemedyApproved;
import io.complaints.events.Satisfaction;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.InstructCallback;
import io.complaints.handling.cases.CaseCommands.OfferRemedy;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordContact;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.handling.cases.CaseCommands.RecordExecution;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.handling.cases.CaseCommands.ReviewEffectiveness;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.handling.deadline.ConfiguredDeadlinePolicy;
import io.complaints.events.EffectivenessReviewed;
import io.complaints.events.EffectivenessReviewed.ReviewOutcome;
import io.complaints.handling.deadline.DeadlineProperties;

/**
 * DOMAIN.md end to end, with the standard time limits and the Shanghai working calendar: a level-1
 * complaint from a branch is escalated to HQ at triage; its remedy is approved by silence after 2
 * working days; the complainant declines it once; the next is approved, accepted and executed; the
 * callback is dissatisfied and reopens the case; it is fixed, called back satisfied and closed; a month
 * later the effectiveness of its actions is reviewed, once. The event history tells exactly that story.
 */
class DomainScenarioTest {

    /** Monday 30 November 2026, 10:00 in Shanghai. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T02:00:00Z");
    /** Wednesday, 10:00: two working days later, when silence counts as approval. */
    private static final Instant WEDNESDAY_10 = Instant.parse("2026-12-02T02:00:00Z");

    private static final ConfiguredDeadlinePolicy POLICY = new ConfiguredDeadlinePolicy(new DeadlineProperties(
            java.time.ZoneId.of("Asia/Shanghai"), io.complaints.handling.deadline.WorkingHours.valueOf("09:00-18:00"),
            Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                    java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY),
            Set.of(), Set.of(), Map.of(), Map.of()));

    @Test
    void aLevelOneComplaintFromABranchToItsSatisfiedClose() {
        // Monday: received, triaged as major (to HQ at once), investigated, a remedy proposed; nobody decides
        CaseFixture monday = new CaseFixture(POLICY);
        monday.fixture.givenCurrentTime(MONDAY_10)
                .andGivenCommands(new OpenCase(ID, "SH-PD-202611300001", BRANCH, 1, List.of(), DEPARTMENT, "Wang Wei",
                                MONDAY_10, SYSTEM),
                        new TriageCase(ID, 1, DEPARTMENT, COORDINATOR),
                        new AssignHandler(ID, HANDLER.id(), "Zhao Min", HANDLER.department(), COORDINATOR),
                        new RecordContact(ID, "called; visit agreed", HANDLER),
                        new RecordFindings(ID, "gas meter misread for three months", "METER-READING", HANDLER),
                        remedy("re-read the meter and correct the bills"))
                .whenTimeElapses(Duration.between(MONDAY_10, WEDNESDAY_10).plusMinutes(1))
                .expectEvents(new RemedyApproved(ID, 1, true, null));
        List<? extends DomainEventMessage<?>> untilWednesday = monday.fixture.getEventStore().readEvents(ID).asStream()
                .toList();

        // Wednesday: declined once, fixed, accepted, executed; called back dissatisfied, reopened; fixed again
        CaseFixture wednesday = new CaseFixture(POLICY);
        wednesday.fixture.givenCurrentTime(WEDNESDAY_10.plusSeconds(60))
                .andGiven(untilWednesday)
                .andGivenCommands(new OfferRemedy(ID, HANDLER),
                        new RecordDecision(ID, false, "wants the late fees refunded as well", HANDLER),
                        remedy("correct the bills and refund the late fees"),
                        new ApproveRemedy(ID, "agreed", APPROVER),
                        new OfferRemedy(ID, HANDLER),
                        new RecordDecision(ID, true, null, HANDLER),
                        new RecordExecution(ID, "bills corrected, refund ordered", HANDLER),
                        new InstructCallback(ID, COORDINATOR),
                        new CompleteCallback(ID, Satisfaction.DISSATISFIED, "the refund has not arrived", CALLBACK_AGENT),
                        remedy("pay the refund out by transfer today"),
                        new ApproveRemedy(ID, "urgent", APPROVER),
                        new OfferRemedy(ID, HANDLER),
                        new RecordDecision(ID, true, null, HANDLER),
                        new RecordExecution(ID, "refund paid", HANDLER),
                        new InstructCallback(ID, COORDINATOR))
                .when(new CompleteCallback(ID, Satisfaction.SATISFIED, "thank you", CALLBACK_AGENT))
                .expectSuccessfulHandlerExecution();

        List<? extends DomainEventMessage<?>> history = wednesday.fixture.getEventStore().readEvents(ID).asStream()
                .toList();
        assertThat(story(history)).containsExactly(
                "CaseOpened", "CaseTriaged", "Escalated", "HandlerAssigned", "ComplainantContacted",
                "FindingsRecorded", "RemedyProposed", "RemedyApproved",
                "RemedyOffered", "RemedyDeclined", "RemedyProposed", "RemedyApproved", "RemedyOffered",
                "RemedyAccepted", "RemedyExecuted", "CallbackInstructed", "CallbackCompleted", "CaseReopened",
                "RemedyProposed", "RemedyApproved", "RemedyOffered", "RemedyAccepted", "RemedyExecuted",
                "CallbackInstructed", "CallbackCompleted", "CaseClosed", "EscalationsResolved",
                "EffectivenessReviewDue");
        assertThat(payloads(history, Escalated.class)).singleElement().satisfies(escalated -> {
            assertThat(escalated.reason()).isEqualTo(EscalationReason.LEVEL_1_AT_TRIAGE);
            assertThat(escalated.fromUnit()).isEqualTo(BRANCH);
            assertThat(escalated.toUnit()).isEqualTo(HQ);
        });
        assertThat(payloads(history, RemedyApproved.class)).extracting(RemedyApproved::deemed)
                .containsExactly(true, false, false);
        assertThat(history).filteredOn(e -> e.getPayload() instanceof RemedyApproved approved && approved.deemed())
                .singleElement().satisfies(deemed -> {
                    assertThat(deemed.getTimestamp()).isAfterOrEqualTo(WEDNESDAY_10);
                    assertThat(deemed.getMetaData()).containsEntry(CaseMetaData.ACTOR_ID, "system");
                });
        assertThat(payloads(history, CaseClosed.class)).singleElement().satisfies(closed -> {
            assertThat(closed.outcome()).isEqualTo(CaseOutcome.RESOLVED);
            assertThat(closed.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        });
        assertThat(story(history)).doesNotContain("DeadlineMissed");

        // a month later: the coordinator reviews whether the actions worked (措施有效性验证); once only
        Instant monthLater = WEDNESDAY_10.plus(Duration.ofDays(30));
        String found = "no estimated reading and no complaint about one since";
        CaseFixture review = new CaseFixture(POLICY);
        review.fixture.givenCurrentTime(monthLater).andGiven(history)
                .when(new ReviewEffectiveness(ID, ReviewOutcome.EFFECTIVE, found, COORDINATOR))
                .expectEvents(new EffectivenessReviewed(ID, ReviewOutcome.EFFECTIVE, found, monthLater));
        List<? extends DomainEventMessage<?>> reviewed = review.fixture.getEventStore().readEvents(ID).asStream()
                .toList();
        assertThat(story(reviewed)).endsWith("EffectivenessReviewDue", "EffectivenessReviewed");
        new CaseFixture(POLICY).fixture.givenCurrentTime(monthLater).andGiven(reviewed)
                .when(new ReviewEffectiveness(ID, ReviewOutcome.NOT_EFFECTIVE, "again", COORDINATOR))
                .expectException(io.complaints.platform.RulesViolatedException.class).expectNoEvents();
    }

    @Test
    void aGeneralComplaintReTriagedAsSeriousNeedsApprovalGoesUpALevelAndHasItsActionsFollowedUp() {
        CaseFixture monday = new CaseFixture(POLICY);
        monday.fixture.givenCurrentTime(MONDAY_10)
                .andGivenCommands(new OpenCase(ID, "SH-PD-202611300002", BRANCH, 3, List.of(), DEPARTMENT, "Wang Wei",
                                MONDAY_10, SYSTEM),
                        new TriageCase(ID, 3, DEPARTMENT, COORDINATOR),
                        new AssignHandler(ID, HANDLER.id(), "Zhao Min", HANDLER.department(), COORDINATOR),
                        new RecordFindings(ID, "six households billed twice", "METER-READING", HANDLER),
                        new ProposeRemedy(ID, "correct the six bills", HANDLER.id(), LocalDate.parse("2026-12-04"),
                                "", "", List.of(
                                new RemedyAction(0, RemedyAction.ActionKind.CORRECTIVE, "correct the six bills",
                                        HANDLER.id(), LocalDate.parse("2026-12-04")),
                                new RemedyAction(0, RemedyAction.ActionKind.PREVENTIVE, "check shared meters monthly",
                                        "manager.zhou", LocalDate.parse("2026-12-10"))), HANDLER),
                        new CaseCommands.RetriageCase(ID, 2, DEPARTMENT, null, "a group complaint of six households",
                                COORDINATOR),
                        new ApproveRemedy(ID, "agreed", APPROVER),
                        new OfferRemedy(ID, HANDLER),
                        new RecordDecision(ID, true, null, HANDLER),
                        new CaseCommands.CompleteAction(ID, 1, "six bills corrected", HANDLER),
                        new RecordExecution(ID, "bills corrected", HANDLER),
                        new InstructCallback(ID, COORDINATOR),
                        new CompleteCallback(ID, Satisfaction.SATISFIED, "fine", CALLBACK_AGENT))
                // the preventive action is not done by the end of its day: its owner is reminded
                .whenTimeElapses(Duration.ofDays(12))
                .expectEvents(new ActionOverdue(ID, 1, 2, "manager.zhou", LocalDate.parse("2026-12-10")));

        List<? extends DomainEventMessage<?>> history = monday.fixture.getEventStore().readEvents(ID).asStream()
                .toList();
        assertThat(story(history)).containsExactly(
                "CaseOpened", "CaseTriaged", "HandlerAssigned", "FindingsRecorded", "RemedyProposed",
                "CaseRetriaged", "Escalated", "RemedyApproved", "RemedyOffered", "RemedyAccepted", "ActionCompleted",
                "RemedyExecuted", "CallbackInstructed", "CallbackCompleted", "DeadlineWithdrawn", "CaseClosed",
                "EscalationsResolved", "EffectivenessReviewDue", "ActionOverdue");
        assertThat(payloads(history, io.complaints.events.CaseRetriaged.class)).singleElement()
                .satisfies(retriaged -> {
                    assertThat(retriaged.previousLevel()).isEqualTo(3);
                    assertThat(retriaged.level()).isEqualTo(2);
                    assertThat(retriaged.status()).isEqualTo(io.complaints.events.CaseStatus.AWAITING_APPROVAL);
                });
        assertThat(payloads(history, Escalated.class)).singleElement().satisfies(escalated -> {
            assertThat(escalated.reason()).isEqualTo(EscalationReason.LEVEL_2_AT_TRIAGE);
            assertThat(escalated.toUnit()).isEqualTo(CaseFixture.SUBSIDIARY);
        });
    }

    @Test
    void aMinorComplaintSettledAtIntakeIsClosedAtOnceAndCalledBack() {
        CaseFixture monday = new CaseFixture(POLICY);
        monday.fixture.givenCurrentTime(MONDAY_10)
                .andGivenCommands(new OpenCase(ID, "SH-PD-202611300003", BRANCH, 4, List.of(), DEPARTMENT, "Wang Wei",
                        MONDAY_10, SYSTEM, new IntakeResolution("apologised and re-sent the bill", "agent.li")))
                .when(new CompleteCallback(ID, Satisfaction.SATISFIED, "fine", CALLBACK_AGENT))
                .expectSuccessfulHandlerExecution();

        List<? extends DomainEventMessage<?>> history = monday.fixture.getEventStore().readEvents(ID).asStream()
                .toList();
        assertThat(story(history)).containsExactly("CaseOpened", "CallbackInstructed", "CaseClosed",
                "CallbackCompleted");
        assertThat(payloads(history, CaseClosed.class)).singleElement().satisfies(closed -> {
            assertThat(closed.outcome()).isEqualTo(CaseOutcome.RESOLVED);
            assertThat(closed.closedAt()).isEqualTo(MONDAY_10);
        });
    }

    private static ProposeRemedy remedy(String measures) {
        return new ProposeRemedy(ID, measures, HANDLER.id(), LocalDate.parse("2026-12-04"), "correct the readings",
                "read meters monthly, never estimate three times running", HANDLER);
    }

    /** What happened to the case, without the bookkeeping of its time limits. */
    private static List<String> story(List<? extends DomainEventMessage<?>> history) {
        return history.stream().map(e -> e.getPayloadType().getSimpleName())
                .filter(name -> !name.equals("DeadlineSet") && !name.equals("DeadlineMet")).toList();
    }

    private static <T> List<T> payloads(List<? extends DomainEventMessage<?>> history, Class<T> type) {
        return history.stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
