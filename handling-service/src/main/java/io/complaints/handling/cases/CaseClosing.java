package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.platform.Actor;

/**
 * How a case closes (DOMAIN.md, "Lifecycle" 8): its open limits withdrawn, its open escalations resolved,
 * and, for a level-1 or level-2 complaint resolved, an effectiveness review of its actions due.
 */
class CaseClosing {

    private String caseId;

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

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
    }
}
