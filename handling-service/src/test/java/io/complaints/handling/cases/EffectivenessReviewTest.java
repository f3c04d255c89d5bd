package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.SUPERVISOR;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.EffectivenessReviewed;
import io.complaints.events.EffectivenessReviewed.ReviewOutcome;
import io.complaints.events.Satisfaction;
import io.complaints.handling.cases.CaseCommands.ReviewEffectiveness;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.RulesViolatedException;

/**
 * The seed procedures' follow-up (措施有效性验证): a level-1 or level-2 complaint closed as resolved has its
 * corrective and preventive actions reviewed, once, by a coordinator (or HQ), effective or not with what was
 * found; no other case is reviewed.
 */
class EffectivenessReviewTest {

    private static final String NOTE = "no complaint about estimated readings in three months";

    /** A level-2 complaint closed as resolved: its review is due. */
    private static List<Object> reviewDue() {
        List<Object> events = new ArrayList<>(CaseFixture.withFindings(2));
        events.add(new CaseClosed(ID, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, RECEIVED));
        events.add(new EffectivenessReviewDue(ID, 2, RECEIVED));
        return events;
    }

    @Test
    void aDueReviewIsRecordedWithItsOutcomeAndNote() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(reviewDue())
                .when(new ReviewEffectiveness(ID, ReviewOutcome.EFFECTIVE, NOTE, COORDINATOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EffectivenessReviewed(ID, ReviewOutcome.EFFECTIVE, NOTE, RECEIVED));
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(reviewDue())
                .when(new ReviewEffectiveness(ID, ReviewOutcome.NOT_EFFECTIVE, "estimated again in December",
                        SUPERVISOR))
                .expectEvents(new EffectivenessReviewed(ID, ReviewOutcome.NOT_EFFECTIVE, "estimated again in December",
                        RECEIVED));
    }

    @Test
    void aCaseReviewedAlreadyOrNeverDueIsRefused() {
        List<Object> reviewed = new ArrayList<>(reviewDue());
        reviewed.add(new EffectivenessReviewed(ID, ReviewOutcome.EFFECTIVE, NOTE, RECEIVED));
        List<Object> generalClosed = new ArrayList<>(CaseFixture.withFindings(3));
        generalClosed.add(new CaseClosed(ID, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, RECEIVED));
        for (List<Object> history : List.of(reviewed, generalClosed, CaseFixture.withFindings(2))) {
            new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(history)
                    .when(new ReviewEffectiveness(ID, ReviewOutcome.EFFECTIVE, NOTE, COORDINATOR))
                    .expectException(RulesViolatedException.class)
                    .expectExceptionMessage(containsString("no effectiveness review is due"))
                    .expectNoEvents();
        }
    }

    @Test
    void aHandlerDoesNotReviewTheActions() {
        new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGiven(reviewDue())
                .when(new ReviewEffectiveness(ID, ReviewOutcome.EFFECTIVE, NOTE, HANDLER))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }
}
