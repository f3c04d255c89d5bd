package io.complaints.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the chain entries of events just stored, on the connection (and so in the transaction) that
 * stored them. The hash is computed from the rows as PostgreSQL now holds them, read back by their event
 * identifiers, so it covers exactly the stored bytes.
 * <p>
 * A stream whose previous event has no chain entry (a store written before the chain existed) starts
 * its chain at this event, from {@link AuditHash#GENESIS}.
 */
final class AuditChain {

    /** The stored rows, each with the chain hash of its stream's previous event when that is chained. */
    private static final String READ_BACK = "SELECT e.globalindex, e.aggregateidentifier, e.sequencenumber,"
            + " e.eventidentifier, e.type, e.payloadtype, e.payloadrevision, e.payload, e.metadata, e.timestamp, p.hash"
            + " FROM domainevententry e LEFT JOIN audit_chain p ON p.aggregateidentifier = e.aggregateidentifier"
            + " AND p.sequencenumber = e.sequencenumber - 1"
            + " WHERE e.eventidentifier = ANY (?) ORDER BY e.globalindex";
    private static final String INSERT = "INSERT INTO audit_chain"
            + " (globalindex, aggregateidentifier, sequencenumber, eventidentifier, hash) VALUES (?, ?, ?, ?, ?)";

    private AuditChain() {
    }

    static void chain(Connection connection, List<String> eventIdentifiers) throws SQLException {
        Map<String, byte[]> chainedBefore = new HashMap<>();
        List<StoredEvent> stored = readBack(connection, eventIdentifiers, chainedBefore);
        Map<String, StoredEvent> lastOfStream = new HashMap<>();
        Map<String, byte[]> lastHash = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredEvent event : stored) {
                StoredEvent before = lastOfStream.get(event.aggregateIdentifier());
                byte[] previous = before != null && before.sequenceNumber() == event.sequenceNumber() - 1
                        ? lastHash.get(event.aggregateIdentifier())
                        : chainedBefore.getOrDefault(event.eventIdentifier(), AuditHash.GENESIS);
                byte[] hash = AuditHash.ofEvent(previous, event);
                lastOfStream.put(event.aggregateIdentifier(), event);
                lastHash.put(event.aggregateIdentifier(), hash);
                insert.setLong(1, event.globalIndex());
                insert.setString(2, event.aggregateIdentifier());
                insert.setLong(3, event.sequenceNumber());
                insert.setString(4, event.eventIdentifier());
                insert.setBytes(5, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<StoredEvent> readBack(Connection connection, List<String> eventIdentifiers,
                                              Map<String, byte[]> chainedBefore) throws SQLException {
        List<StoredEvent> stored = new ArrayList<>(eventIdentifiers.size());
        try (PreparedStatement read = connection.prepareStatement(READ_BACK)) {
            read.setArray(1, connection.createArrayOf("varchar", eventIdentifiers.toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = StoredEvent.read(rows);
                    byte[] previous = rows.getBytes(11);
                    if (previous != null) {
                        chainedBefore.put(event.eventIdentifier(), previous);
                    }
                    stored.add(event);
                }
            }
        }
        if (stored.size() != eventIdentifiers.size()) {
            throw new IllegalStateException("the audit chain found " + stored.size() + " of the "
                    + eventIdentifiers.size() + " events just stored");
        }
        return stored;
    }
}
