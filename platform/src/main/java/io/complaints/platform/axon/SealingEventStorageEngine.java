package io.complaints.platform.axon;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericMessage;

/**
 * A storage engine that stores events with their personal data sealed ({@link PayloadSealing}) and
 * hands them back opened: the aggregate, the projections and the publisher see the text (or null where
 * it was erased), the database holds ciphertext only. Handlers subscribed to the event bus get the
 * event as it was applied.
 */
public final class SealingEventStorageEngine extends ForwardingEventStorageEngine {

    private final PayloadSealing sealing;

    public SealingEventStorageEngine(EventStorageEngine delegate, PayloadSealing sealing) {
        super(delegate);
        this.sealing = sealing;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events.stream().map(this::sealed).toList());
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        throw new UnsupportedOperationException("snapshots would store personal data unsealed");
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock).map(this::openedTracked);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return openedStream(delegate.readEvents(aggregateIdentifier));
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return openedStream(delegate.readEvents(aggregateIdentifier, firstSequenceNumber));
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    private EventMessage<?> sealed(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domain)) {
            return event;
        }
        Object payload = sealing.seal(domain);
        return payload == domain.getPayload() ? event : withPayload(domain, payload);
    }

    private TrackedEventMessage<?> openedTracked(TrackedEventMessage<?> stored) {
        if (!(stored instanceof DomainEventMessage<?> domain)) {
            return stored;
        }
        Object payload = sealing.open(domain);
        return payload == domain.getPayload() ? stored
                : new GenericTrackedDomainEventMessage<>(stored.trackingToken(), withPayload(domain, payload));
    }

    private DomainEventStream openedStream(DomainEventStream stream) {
        return DomainEventStream.of(stream.asStream().map(this::openedDomain), stream::getLastSequenceNumber);
    }

    private DomainEventMessage<?> openedDomain(DomainEventMessage<?> stored) {
        Object payload = sealing.open(stored);
        return payload == stored.getPayload() ? stored : withPayload(stored, payload);
    }

    private static DomainEventMessage<?> withPayload(DomainEventMessage<?> event, Object payload) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), new GenericMessage<>(event.getIdentifier(), payload, event.getMetaData()),
                event.getTimestamp());
    }
}
