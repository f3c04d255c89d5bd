package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseReopened;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * The callback (回访, DOMAIN.md "Lifecycle" 7): instructed once the remedy was carried out (or at once for a
 * complaint settled at intake), made within its limit by someone independent of the handling
 * ({@link SeparationOfDuties#callbackIndependence}), with the answers of the callback form; a dissatisfied
 * complainant reopens the case, with the reason.
 */
class CallbackStep {

    private String caseId;

    void instruct(String responsibleDepartment, Actor actor, CaseDeadlines.Keeper kept, Instant now) {
        apply(new CallbackInstructed(caseId, responsibleDepartment), CaseMetaData.of(actor, null));
        kept.set(TimeLimit.CALLBACK, now);
    }

    /**
     * The callback was made: its answers recorded and its limit met.
     *
     * @return whether the complainant was dissatisfied, which reopens the case
     */
    boolean complete(CompleteCallback command, CaseResponsibility responsibility, CaseDeadlines.Keeper kept) {
        if (!ComplainantOnline.answers(command.actor())) { // the complainant is independent of the handling by nature
            SeparationOfDuties.callbackIndependence(command.actor(), responsibility.handlers(),
                    responsibility.responsibleDepartment());
        }
        boolean dissatisfied = command.satisfaction() == Satisfaction.DISSATISFIED;
        if (dissatisfied && (command.comment() == null || command.comment().isBlank())) {
            throw RulesViolatedException.ofField("comment", "reason-to-reopen",
                    "a dissatisfied callback reopens the case and must say why");
        }
        Actor agent = command.actor();
        apply(new CallbackCompleted(caseId, agent.id(), agent.department(), command.satisfaction(), command.comment(),
                command.timelinessSatisfaction(), command.method()), CaseMetaData.of(agent, null));
        kept.meet(TimeLimit.CALLBACK);
        return dissatisfied;
    }

    /** Back to investigation with the complainant's reason: the case owes its settling again. */
    void reopen(String reason, Actor agent, CaseDeadlines.Keeper kept, Instant now) {
        apply(new CaseReopened(caseId, reason), CaseMetaData.of(agent, reason));
        kept.set(TimeLimit.SETTLE, now);
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
    }
}
