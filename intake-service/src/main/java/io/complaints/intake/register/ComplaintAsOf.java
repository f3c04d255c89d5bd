package io.complaints.intake.register;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import io.complaints.intake.complaint.ComplainantErased;

/**
 * A complaint as it stood at a past instant: its events stored up to that instant, replayed from the
 * event store (never from a snapshot, never from the register) through {@link ComplaintViews}. A complainant
 * erased since reads as erased.
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
            if (!event.getTimestamp().isAfter(asOf)) {
                view = ComplaintViews.evolve(view, event.getPayload());
            } else if (event.getPayload() instanceof ComplainantErased erased) {
                // erased since: the personal data of then is gone, and the view says so
                view = view.map(before -> ComplaintViews.erased(before, ComplaintViews.erasure(erased)));
            }
        }
        return view;
    }
}
