package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyApproved;
import io.complaints.events.TimeLimit;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * The time limits of one case (DOMAIN.md, "Deadlines"): which are open and when each falls due, and
 * whether the clock is paused. Each limit set is a scheduled deadline of the case. A schedule is never
 * cancelled: when it fires, the case acts only if that limit is still open with exactly that due time
 * and the clock runs ({@code Case.on(DeadlineDue)}), so a limit met, withdrawn, moved or paused since
 * fires into nothing. Cancelling would cost more than that: the persistent scheduler finds a case's
 * schedules only by reading and deserialising every scheduled deadline of every case.
 */
class CaseDeadlines {

    /** The limits a case marked invalid no longer owes: only its explanation is still asked. */
    static final List<TimeLimit> OWED_BY_A_VALID_CASE = List.of(TimeLimit.CONTACT, TimeLimit.SETTLE,
            TimeLimit.HQ_FINDINGS);

    private String caseId;
    private List<String> unitPath;
    private Instant pausedAt;
    private final Map<TimeLimit, Instant> open = new EnumMap<>(TimeLimit.class);

    /** The limits kept by this actor, at this time, under this policy and schedule. */
    Keeper keptBy(Actor actor, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
        return new Keeper(actor, clock, policy, scheduler);
    }

    /** Whether the limit is still open with exactly this due time (not met, withdrawn or moved since). */
    boolean isOpen(TimeLimit limit, Instant due) {
        return due.equals(open.get(limit));
    }

    boolean isPaused() {
        return pausedAt != null;
    }

    /** The open limit that falls due first, or null when none is open. */
    OpenDeadline nextDue() {
        return open.entrySet().stream().min(Map.Entry.comparingByValue())
                .map(e -> new OpenDeadline(e.getKey(), e.getValue())).orElse(null);
    }

    /** Sets, meets, withdraws and shifts the case's time limits, keeping its scheduled deadlines in step. */
    final class Keeper {

        private final Actor actor;
        private final Clock clock;
        private final DeadlinePolicy policy;
        private final DeadlineManager scheduler;

        private Keeper(Actor actor, Clock clock, DeadlinePolicy policy, DeadlineManager scheduler) {
            this.actor = actor;
            this.clock = clock;
            this.policy = policy;
            this.scheduler = scheduler;
        }

        void set(TimeLimit limit, Instant from) {
            setAt(limit, policy.due(limit, unitPath, from));
        }

        void setAt(TimeLimit limit, Instant due) {
            apply(new DeadlineSet(caseId, new OpenDeadline(limit, due)), CaseMetaData.of(actor, null));
            if (pausedAt == null) {
                scheduler.schedule(due, limit.name(), new DeadlineDue(limit, due));
            }
        }

        void meet(TimeLimit limit) {
            Instant due = open.get(limit);
            if (due != null) {
                apply(new DeadlineMet(caseId, new OpenDeadline(limit, due), clock.instant()),
                        CaseMetaData.of(actor, null));
            }
        }

        /** No longer asked for (the case turned out invalid, or closed): neither met nor missed. */
        void withdraw(TimeLimit limit) {
            Instant due = open.get(limit);
            if (due != null) {
                apply(new DeadlineWithdrawn(caseId, new OpenDeadline(limit, due), clock.instant()),
                        CaseMetaData.of(actor, null));
            }
        }

        void withdrawAll() {
            List.copyOf(open.keySet()).forEach(this::withdraw);
        }

        /** A remedy action followed up: it falls due at the end of its due day (in the service clock's zone). */
        void followUp(ActionDue action, LocalDate dueDate) {
            if (dueDate != null) {
                scheduler.schedule(dueDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), "ACTION", action);
            }
        }

        /** The open limit that falls due first, or null when none is open. */
        OpenDeadline nextDue() {
            return CaseDeadlines.this.nextDue();
        }

        /** The clock stops, while waiting on the complainant: no open limit falls due while it is paused. */
        void pause(String reason) {
            if (isPaused()) {
                throw RulesViolatedException.ofRule("clock-running", "the clock is already paused");
            }
            apply(new ClockPaused(caseId, reason, clock.instant()), CaseMetaData.of(actor, reason));
        }

        /** The clock runs again: every open limit moves by the time it was paused. */
        void resume() {
            if (!isPaused()) {
                throw RulesViolatedException.ofRule("clock-paused", "the clock is not paused");
            }
            Duration paused = Duration.between(pausedAt, clock.instant());
            apply(new ClockResumed(caseId, clock.instant(), paused), CaseMetaData.of(actor, null));
            new EnumMap<>(open).forEach((limit, due) -> setAt(limit, due.plus(paused)));
        }
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        unitPath = event.unit().path();
    }

    @EventSourcingHandler
    void on(DeadlineSet event) {
        open.put(event.deadline().limit(), event.deadline().due());
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        open.remove(event.deadline().limit());
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        open.remove(event.deadline().limit());
    }

    @EventSourcingHandler
    void on(DeadlineWithdrawn event) {
        open.remove(event.deadline().limit());
    }

    /** Histories recorded before limits were withdrawn by their own event: the invalid case no longer owes them. */
    @EventSourcingHandler
    void on(CaseMarkedInvalid event) {
        OWED_BY_A_VALID_CASE.forEach(open::remove);
    }

    @EventSourcingHandler
    void on(RemedyApproved event) {
        open.remove(TimeLimit.APPROVAL);
    }

    /** Histories recorded before limits were withdrawn by their own event: a closed case owes none. */
    @EventSourcingHandler
    void on(CaseClosed event) {
        open.clear();
    }

    @EventSourcingHandler
    void on(ClockPaused event) {
        pausedAt = event.pausedAt();
    }

    @EventSourcingHandler
    void on(ClockResumed event) {
        pausedAt = null;
    }
}
