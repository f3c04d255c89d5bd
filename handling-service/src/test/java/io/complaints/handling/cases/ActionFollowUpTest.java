package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.complaints.events.ActionCompleted;
import io.complaints.events.ActionOverdue;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyAction;
import io.complaints.events.RemedyAction.ActionKind;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.handling.cases.CaseCommands.CompleteAction;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.platform.RulesViolatedException;

/**
 * Follow-up of corrective and preventive actions (seed procedures): each has an owner and a due date,
 * its completion is recorded, an overdue one reminds its owner; a level-1 or level-2 complaint closed as
 * resolved is due an effectiveness review.
 */
class ActionFollowUpTest {

    /** Thursday 12 October 2023, the day after receipt plus two. */
    private static final LocalDate CORRECT_BY = LocalDate.parse("2023-10-12");
    private static final LocalDate PREVENT_BY = LocalDate.parse("2023-10-20");
    private static final RemedyAction CORRECT = new RemedyAction(1, ActionKind.CORRECTIVE, "correct the bill",
            "handler.zhao", CORRECT_BY);
    private static final RemedyAction PREVENT = new RemedyAction(2, ActionKind.PREVENTIVE, "re-train the readers",
            "manager.zhou", PREVENT_BY);

    private static RemedyProposed proposedWithActions() {
        return new RemedyProposed(ID, 1, "correct the bill", "handler.zhao", CORRECT_BY, "", "", false, null,
                List.of(CORRECT, PREVENT));
    }

    private static List<Object> accepted() {
        List<Object> events = new ArrayList<>(CaseFixture.withFindings(3));
        events.addAll(List.of(proposedWithActions(), new RemedyOffered(ID, 1), new RemedyAccepted(ID, 1)));
        return events;
    }

    @Test
    void eachActionOfARemedyIsNumberedAndFollowedUpAtTheEndOfItsDueDay() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(CaseFixture.withFindings(3))
                .when(new ProposeRemedy(ID, "correct the bill", "handler.zhao", CORRECT_BY, "", "", List.of(
                        new RemedyAction(0, ActionKind.CORRECTIVE, "correct the bill", "handler.zhao", CORRECT_BY),
                        new RemedyAction(0, ActionKind.PREVENTIVE, "re-train the readers", "manager.zhou",
                                PREVENT_BY)), HANDLER))
                .expectEvents(proposedWithActions())
                .expectScheduledDeadline(
                        Duration.between(RECEIVED, CORRECT_BY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                        new ActionDue(1, 1))
                .expectScheduledDeadline(
                        Duration.between(RECEIVED, PREVENT_BY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                        new ActionDue(1, 2));
    }

    @Test
    void theCompletionOfAnActionIsRecordedOnce() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(accepted())
                .when(new CompleteAction(ID, 1, "bill corrected", HANDLER))
                .expectEvents(new ActionCompleted(ID, 1, 1, "bill corrected", RECEIVED));
        List<Object> done = new ArrayList<>(accepted());
        done.add(new ActionCompleted(ID, 1, 1, "bill corrected", RECEIVED));
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(done)
                .when(new CompleteAction(ID, 1, "again", HANDLER))
                .expectException(RulesViolatedException.class).expectExceptionMessage(containsString("done already"))
                .expectNoEvents();
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(accepted())
                .when(new CompleteAction(ID, 3, "?", HANDLER))
                .expectException(RulesViolatedException.class).expectExceptionMessage(containsString("no action 3"))
                .expectNoEvents();
    }

    @Test
    void anActionIsCompletedOnlyOnceItsRemedyWasAccepted() {
        List<Object> offered = new ArrayList<>(CaseFixture.withFindings(3));
        offered.addAll(List.of(proposedWithActions(), new RemedyOffered(ID, 1)));
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(offered)
                .when(new CompleteAction(ID, 1, "early", HANDLER))
                .expectException(RulesViolatedException.class).expectNoEvents();
    }

    @Test
    void anActionNotDoneByItsDueDayRemindsItsOwnerAndADoneOneDoesNot() {
        var fixture = new CaseFixture().fixture;
        fixture.givenCurrentTime(RECEIVED).andGiven(CaseFixture.withFindings(3))
                .andGivenCommands(new ProposeRemedy(ID, "correct the bill", "handler.zhao", CORRECT_BY, "", "",
                        List.of(CORRECT, PREVENT), HANDLER))
                .andGivenCommands(new CaseCommands.OfferRemedy(ID, HANDLER),
                        new CaseCommands.RecordDecision(ID, true, null, HANDLER),
                        new CompleteAction(ID, 1, "bill corrected", HANDLER))
                .whenTimeElapses(Duration.ofDays(30))
                .expectEvents(new ActionOverdue(ID, 1, 2, "manager.zhou", PREVENT_BY));
    }

    @Test
    void aSeriousComplaintClosedAsResolvedIsDueAnEffectivenessReview() {
        List<Object> callbackDue = new ArrayList<>(CaseFixture.withFindings(2));
        callbackDue.addAll(List.of(CaseLifecycleTest.proposed(1, true),
                new io.complaints.events.RemedyApproved(ID, 1, false, "ok"), new RemedyOffered(ID, 1),
                new RemedyAccepted(ID, 1), new io.complaints.events.RemedyExecuted(ID, 1, "done"),
                new io.complaints.events.CallbackInstructed(ID, CaseFixture.DEPARTMENT),
                CaseFixture.set(io.complaints.events.TimeLimit.CALLBACK, RECEIVED)));
        var agent = CaseFixture.CALLBACK_AGENT;
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(callbackDue)
                .when(new CaseCommands.CompleteCallback(ID, io.complaints.events.Satisfaction.SATISFIED, null, agent))
                .expectEvents(new io.complaints.events.CallbackCompleted(ID, agent.id(), agent.department(),
                                io.complaints.events.Satisfaction.SATISFIED, null),
                        new io.complaints.events.DeadlineMet(ID, CaseFixture.due(io.complaints.events.TimeLimit.CALLBACK,
                                RECEIVED), RECEIVED),
                        CaseLifecycleTest.withdrawn(io.complaints.events.TimeLimit.CONTACT),
                        CaseLifecycleTest.withdrawn(io.complaints.events.TimeLimit.SETTLE),
                        new CaseClosed(ID, CaseOutcome.RESOLVED, io.complaints.events.Satisfaction.SATISFIED, RECEIVED),
                        new EffectivenessReviewDue(ID, 2, RECEIVED));
    }
}
