package io.complaints.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

import io.complaints.platform.axon.ForwardingEventStorageEngine;

/**
 * Axon's JDBC storage engine, with every append chained ({@link AuditChain}) in the same transaction:
 * either the events and their chain entries are stored, or neither. Everything else is Axon's.
 */
final class ChainingEventStorageEngine extends ForwardingEventStorageEngine {

    private final TransactionManager transactions;
    private final ConnectionProvider connections;

    ChainingEventStorageEngine(EventStorageEngine delegate, TransactionManager transactions,
                               ConnectionProvider connections) {
        super(delegate);
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
}
