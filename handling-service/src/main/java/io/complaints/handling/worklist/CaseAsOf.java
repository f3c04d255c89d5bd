package io.complaints.handling.worklist;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseStatus;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseOpened;
import io.complaints.handling.cases.IntakeFactsAmended;

/**
 * A case as it stood at a past instant: its events stored up to that instant, replayed from the event
 * store (never a snapshot, never the case board) into the {@link CaseView} the board keeps, by the same
 * changes {@link CaseBoard} makes (a test holds the two to the same answer for the same events).
 * {@code updatedAt} is the stored event's time, which the event store keeps to the millisecond.
 */
@Component
class CaseAsOf {

    private final EventStore events;

    CaseAsOf(EventStore events) {
        this.events = events;
    }

    /** Empty when the case was not opened yet at that instant, or never was. */
    Optional<CaseView> at(String caseId, Instant asOf) {
        Fold fold = new Fold();
        DomainEventStream stream = events.readEvents(caseId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            fold.apply(event.getPayload(), event.getTimestamp());
        }
        return Optional.ofNullable(fold.view());
    }

    /** The case board's row, in memory. */
    private static final class Fold {
        private CaseOpened opened;
        private String holderUnit;
        private int level;
        private boolean priority;
        private CaseStatus status;
        private String department;
        private String handlerId;
        private int remedyNumber;
        private boolean paused;
        private boolean escalationsOpen;
        private int deadlinesMissed;
        private final Map<TimeLimit, Instant> deadlines = new EnumMap<>(TimeLimit.class);
        private Instant updatedAt;
        private Instant closedAt;
        private String outcome;
        private String satisfaction;

        void apply(Object event, Instant at) {
            if (event instanceof CaseOpened first) {
                opened = first;
                holderUnit = first.unit().code();
                level = first.level();
                priority = !first.prioritySources().isEmpty();
                status = CaseStatus.AWAITING_TRIAGE;
                updatedAt = at;
                return;
            }
            if (opened != null && change(event)) {
                updatedAt = at;
            }
        }

        /** The change of one event; false for an event that does not change the board. */
        private boolean change(Object event) {
            switch (event) {
                case CaseTriaged e -> triaged(e.status(), e.level(), e.responsibleDepartment());
                case CaseRetriaged e -> triaged(e.status(), e.level(), e.responsibleDepartment());
                case IntakeFactsAmended e -> {
                    level = e.level();
                    priority = !e.prioritySources().isEmpty();
                }
                case HandlerAssigned e -> handlerId = e.handlerId();
                case CaseMarkedInvalid e -> status = e.status();
                case RemedyProposed e -> {
                    status = e.status();
                    remedyNumber = e.remedyNumber();
                }
                case RemedyApproved e -> status = e.status();
                case RemedyRejected e -> status = e.status();
                case RemedyOffered e -> status = e.status();
                case RemedyAccepted e -> status = e.status();
                case RemedyDeclined e -> status = e.status();
                case RemedyExecuted e -> status = e.status();
                case CallbackInstructed e -> status = e.status();
                case CallbackCompleted e -> { }
                case EffectivenessReviewDue e -> { }
                case CaseReopened e -> {
                    status = e.status();
                    closedAt = null;
                    outcome = null;
                    satisfaction = null;
                }
                case CaseClosed e -> {
                    status = e.status();
                    closedAt = e.closedAt();
                    outcome = e.outcome().name();
                    satisfaction = e.satisfaction() == null ? null : e.satisfaction().name();
                    deadlines.clear();
                }
                case Escalated e -> {
                    holderUnit = e.toUnit().code();
                    escalationsOpen = true;
                }
                case EscalationsResolved e -> escalationsOpen = false;
                case CaseTakenOver e -> holderUnit = e.toUnit().code();
                case ClockPaused e -> paused = true;
                case ClockResumed e -> paused = false;
                case DeadlineSet e -> deadlines.put(e.deadline().limit(), e.deadline().due());
                case DeadlineMet e -> deadlines.remove(e.deadline().limit());
                case DeadlineWithdrawn e -> deadlines.remove(e.deadline().limit());
                case DeadlineMissed e -> {
                    deadlines.remove(e.deadline().limit());
                    deadlinesMissed++;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private void triaged(CaseStatus newStatus, int newLevel, String responsibleDepartment) {
            status = newStatus;
            level = newLevel;
            department = responsibleDepartment;
        }

        CaseView view() {
            if (opened == null) {
                return null;
            }
            Instant nextDue = deadlines.values().stream().min(Instant::compareTo).orElse(null);
            return new CaseView(opened.caseId(), opened.registrationNumber(), opened.unit().code(),
                    List.copyOf(opened.unit().path()), holderUnit, level, priority, status, department, handlerId,
                    remedyNumber, paused, escalationsOpen, deadlinesMissed,
                    Collections.unmodifiableMap(new EnumMap<>(deadlines)), nextDue, micros(opened.openedAt()),
                    updatedAt, micros(closedAt), outcome, satisfaction);
        }

        /** As the case board keeps a time: PostgreSQL rounds to the microsecond, a half to even. */
        private static Instant micros(Instant instant) {
            if (instant == null) {
                return null;
            }
            Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
            long rest = instant.getNano() % 1_000;
            boolean odd = (truncated.getNano() / 1_000) % 2 == 1;
            return rest > 500 || rest == 500 && odd ? truncated.plus(1, ChronoUnit.MICROS) : truncated;
        }
    }
}
