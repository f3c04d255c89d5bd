package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.EffectivenessReviewed;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.ReviewEffectiveness;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * How a case closes (DOMAIN.md, "Lifecycle" 8): its open limits withdrawn, its open escalations resolved,
 * and, for a level-1 or level-2 complaint resolved, an effectiveness review of its actions due, then recorded
 * (措施有效性验证: effective or not, with what was found).
 */
class CaseClosing {

    private String caseId;
    /** A level-1 or level-2 complaint closed as resolved, not yet reviewed. */
    private boolean reviewDue;

    void close(CaseOutcome outcome, Satisfaction satisfaction, int level, CaseDeadlines.Keeper kept,
               CaseEscalation escalation, Actor actor, Clock clock, String reason) {
        kept.withdrawAll();
        apply(new CaseClosed(caseId, outcome, satisfaction, clock.instant()), CaseMetaData.of(actor, reason));
        escalation.resolve(actor, clock);
        if (outcome == CaseOutcome.RESOLVED && level <= 2) {
            apply(new EffectivenessReviewDue(caseId, level, clock.instant()), CaseMetaData.of(actor, null));
        }
    }

    /**
     * A minor complaint settled on the spot (DOMAIN.md, "Severity", level 4) is closed at once as
     * resolved, with the action taken as the reason; the callback the procedure asks is instructed,
     * with its time limit, for someone other than the agent who settled it.
     */
    void closeAsResolvedAtIntake(IntakeResolution resolution, String department, CaseDeadlines.Keeper kept,
                                 Actor actor, Clock clock) {
        apply(new CallbackInstructed(caseId, department), CaseMetaData.of(actor, null));
        apply(new CaseClosed(caseId, CaseOutcome.RESOLVED, null, clock.instant()),
                CaseMetaData.of(actor, "resolved at intake: " + resolution.actionTaken()));
        kept.set(TimeLimit.CALLBACK, clock.instant());
    }

    /**
     * The effectiveness review was made: refused ({@code review-due}) unless one is due, that is until a
     * level-1 or level-2 complaint closed as resolved has had its review.
     */
    void reviewEffectiveness(ReviewEffectiveness command, Clock clock) {
        if (!reviewDue) {
            throw RulesViolatedException.ofRule("review-due", "no effectiveness review is due: only a level-1 or "
                    + "level-2 complaint closed as resolved is reviewed, once");
        }
        apply(new EffectivenessReviewed(caseId, command.outcome(), command.note(), clock.instant()),
                CaseMetaData.of(command.actor(), command.note()));
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(EffectivenessReviewDue event) {
        reviewDue = true;
    }

    @EventSourcingHandler
    void on(EffectivenessReviewed event) {
        reviewDue = false;
    }
}
