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

    private static final String READ_BACK = "SELECT " + StoredEvent.COLUMNS
            + " FROM domainevententry WHERE eventidentifier = ANY (?) ORDER BY globalindex";
    private static final String PREVIOUS = "SELECT hash FROM audit_chain"
            + " WHERE aggregateidentifier = ? AND sequencenumber = ?";
    private static final String INSERT = "INSERT INTO audit_chain"
            + " (globalindex, aggregateidentifier, sequencenumber, eventidentifier, hash) VALUES (?, ?, ?, ?, ?)";

    private AuditChain() {
    }

    static void chain(Connection connection, List<String> eventIdentifiers) throws SQLException {
        List<StoredEvent> stored = readBack(connection, eventIdentifiers);
        Map<String, StoredEvent> lastOfStream = new HashMap<>();
        Map<String, byte[]> lastHash = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredEvent event : stored) {
                StoredEvent before = lastOfStream.get(event.aggregateIdentifier());
                byte[] previous = before != null && before.sequenceNumber() == event.sequenceNumber() - 1
                        ? lastHash.get(event.aggregateIdentifier())
                        : previous(connection, event);
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

    private static List<StoredEvent> readBack(Connection connection, List<String> eventIdentifiers)
            throws SQLException {
        List<StoredEvent> stored = new ArrayList<>(eventIdentifiers.size());
        try (PreparedStatement read = connection.prepareStatement(READ_BACK)) {
            read.setArray(1, connection.createArrayOf("varchar", eventIdentifiers.toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    stored.add(StoredEvent.read(rows));
                }
            }
        }
        if (stored.size() != eventIdentifiers.size()) {
            throw new IllegalStateException("the audit chain found " + stored.size() + " of the "
                    + eventIdentifiers.size() + " events just stored");
        }
        return stored;
    }

    private static byte[] previous(Connection connection, StoredEvent event) throws SQLException {
        if (event.sequenceNumber() == 0) {
            return AuditHash.GENESIS;
        }
        try (PreparedStatement previous = connection.prepareStatement(PREVIOUS)) {
            previous.setString(1, event.aggregateIdentifier());
            previous.setLong(2, event.sequenceNumber() - 1);
            try (ResultSet rows = previous.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : AuditHash.GENESIS;
            }
        }
    }
}
