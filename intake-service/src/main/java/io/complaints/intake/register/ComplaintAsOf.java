package io.complaints.intake.register;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A complaint as it stood at a past instant: its events stored up to that instant, replayed from the
 * event store (never from a snapshot, never from the register) through {@link ComplaintViews}.
 */
@Component
class ComplaintAsOf {

    private final EventStore events;

    ComplaintAsOf(EventStore events) {
        this.events = events;
    }

    /** Empty when the complaint was not yet registered at that instant, or never was. */
    Optional<ComplaintView> at(String complaintId, Instant asOf) {
        Optional<ComplaintView> view = Optional.empty();
        DomainEventStream stream = events.readEvents(complaintId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            view = ComplaintViews.evolve(view, event.getPayload());
        }
        return view;
    }
}
