package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CaseTakenOver;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.OpenDeadline;
import io.complaints.events.ReminderIssued;
import io.complaints.events.UnitRef;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * Who holds a case up the hierarchy (DOMAIN.md, "Escalation"): the receiving unit, then each level it
 * was escalated to (branch → subsidiary → HQ), or HQ when it took the case over. Every escalation
 * records from, to, reason and the limit that fell due first.
 */
class CaseEscalation {

    private String caseId;
    private UnitRef unit;
    private UnitRef holder;
    private boolean takenOver;
    private boolean open;

    UnitRef holder() {
        return holder;
    }

    /** Escalated one level up, unless the case is already with HQ. */
    void oneUp(EscalationReason reason, String note, OpenDeadline nextDue, Actor actor, Clock clock) {
        if (!withHq()) {
            to(ladder().oneUp(holder), reason, note, nextDue, actor, clock);
        }
    }

    /** Escalated one level up by hand: refused when HQ holds the case already. */
    void byHand(String note, OpenDeadline nextDue, Actor actor, Clock clock) {
        if (withHq()) {
            throw RulesViolatedException.ofRule("below-hq", "the case is already with HQ; there is no level above");
        }
        to(ladder().oneUp(holder), EscalationReason.BY_HAND, note, nextDue, actor, clock);
    }

    /** Escalated as the severity asks at triage: level 1 to HQ at once, level 2 one level up. */
    void forLevel(int level, EscalationReason levelOne, EscalationReason levelTwo, OpenDeadline nextDue, Actor actor,
                  Clock clock) {
        if (level == 1) {
            to(ladder().hq(), levelOne, null, nextDue, actor, clock);
        } else if (level == 2) {
            to(ladder().oneUp(holder), levelTwo, null, nextDue, actor, clock);
        }
    }

    /**
     * A time limit was missed (DOMAIN.md, "Deadlines"): a fact in the record, a reminder (催办) to its owner
     * (the holder's responsible department and handler), and one level of escalation.
     */
    void deadlineMissed(OpenDeadline missed, String responsibleDepartment, String handlerId, Clock clock) {
        Actor system = Actor.system(holder.code());
        apply(new DeadlineMissed(caseId, missed, clock.instant()), CaseMetaData.of(system, null));
        apply(new ReminderIssued(caseId, missed.limit(), holder, responsibleDepartment, handlerId),
                CaseMetaData.of(system, null));
        oneUp(EscalationReason.DEADLINE_MISSED, missed.limit().name(), missed, system, clock);
    }

    void takeOver(Actor actor) {
        if (takenOver) {
            throw RulesViolatedException.ofRule("not-taken-over", "HQ has already taken this case over");
        }
        apply(new CaseTakenOver(caseId, holder, hq()), CaseMetaData.of(actor, null));
    }

    /** The case closed: the escalations still open are resolved with it. */
    void resolve(Actor actor, Clock clock) {
        if (open) {
            apply(new EscalationsResolved(caseId, holder, clock.instant()), CaseMetaData.of(actor, null));
        }
    }

    UnitRef hq() {
        return ladder().hq();
    }

    private boolean withHq() {
        return ladder().withHq(holder);
    }

    private EscalationLadder ladder() {
        return new EscalationLadder(unit);
    }

    private void to(UnitRef to, EscalationReason reason, String note, OpenDeadline nextDue, Actor actor, Clock clock) {
        if (to.equals(holder)) {
            return;
        }
        apply(new Escalated(caseId, holder, to, reason, note, clock.instant(), nextDue),
                CaseMetaData.of(actor, note == null ? reason.name() : note));
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        unit = event.unit();
        holder = event.unit();
    }

    @EventSourcingHandler
    void on(Escalated event) {
        holder = event.toUnit();
        open = true;
    }

    @EventSourcingHandler
    void on(EscalationsResolved event) {
        open = false;
    }

    @EventSourcingHandler
    void on(CaseTakenOver event) {
        holder = event.toUnit();
        takenOver = true;
    }
}
