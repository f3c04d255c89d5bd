package io.complaints.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * Axon's JDBC storage engine, with every append chained ({@link AuditChain}) in the same transaction:
 * either the events and their chain entries are stored, or neither. Everything else is Axon's.
 */
final class ChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final TransactionManager transactions;
    private final ConnectionProvider connections;

    ChainingEventStorageEngine(EventStorageEngine delegate, TransactionManager transactions,
                               ConnectionProvider connections) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.connections = connections;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            delegate.appendEvents(events);
            List<String> identifiers = events.stream().map(EventMessage::getIdentifier).toList();
            try (Connection connection = connections.getConnection()) {
                AuditChain.chain(connection, identifiers);
            } catch (SQLException e) {
                throw new EventStoreException("cannot chain the events just stored into the audit trail", e);
            }
        });
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return delegate.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
