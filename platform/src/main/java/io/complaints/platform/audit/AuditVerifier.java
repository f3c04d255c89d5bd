package io.complaints.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Walks the whole store once, in global index order: the events and the chain side by side (two
 * cursors of one read-only, repeatable-read transaction, so both see the same committed state), each
 * stream checked by {@link StreamChecks} and the running hash compared with every recorded checkpoint.
 */
public final class AuditVerifier {

    private static final int FETCH = 1000;
    private static final String EVENTS = "SELECT " + StoredEvent.COLUMNS + " FROM domainevententry ORDER BY globalindex";
    private static final String CHAIN = "SELECT " + ChainEntry.COLUMNS + " FROM audit_chain ORDER BY globalindex";
    private static final String WHERE_IS = "SELECT aggregateidentifier, sequencenumber, globalindex"
            + " FROM domainevententry WHERE eventidentifier = ?";

    private final DataSource dataSource;
    private final AuditCheckpoints checkpoints;
    private final String service;
    private final Clock clock;

    public AuditVerifier(DataSource dataSource, AuditCheckpoints checkpoints, String service, Clock clock) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.service = service;
        this.clock = clock;
    }

    public AuditReport verify() {
        long started = System.nanoTime();
        Instant at = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return walk(connection, at, started);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot read the event store to verify it", e);
        }
    }

    private AuditReport walk(Connection connection, Instant at, long started) throws SQLException {
        List<AuditCheckpoint> recorded = checkpoints.recorded(connection);
        try (PreparedStatement eventQuery = cursor(connection, EVENTS);
             PreparedStatement chainQuery = cursor(connection, CHAIN);
             ResultSet eventRows = eventQuery.executeQuery();
             ResultSet chainRows = chainQuery.executeQuery()) {
            StoredEvent event = eventRows.next() ? StoredEvent.read(eventRows) : null;
            ChainEntry entry = chainRows.next() ? ChainEntry.read(chainRows) : null;
            Long chainStart = entry == null ? null : entry.globalIndex();
            StreamChecks streams = new StreamChecks(chainStart, id -> whereIs(connection, id));
            RunningHash running = new RunningHash(recorded);
            while (event != null || entry != null) {
                if (entry == null || event != null && event.globalIndex() < entry.globalIndex()) {
                    streams.eventOnly(event);
                    event = eventRows.next() ? StoredEvent.read(eventRows) : null;
                } else {
                    if (event == null || entry.globalIndex() < event.globalIndex()) {
                        streams.chainOnly(entry);
                    } else {
                        streams.both(event, entry);
                        event = eventRows.next() ? StoredEvent.read(eventRows) : null;
                    }
                    running.add(entry);
                    entry = chainRows.next() ? ChainEntry.read(chainRows) : null;
                }
            }
            List<CheckpointCheck> checks = running.finish();
            List<AuditFinding> findings = streams.findings();
            boolean clean = findings.isEmpty() && checks.stream().allMatch(CheckpointCheck::matches);
            return new AuditReport(service, at, streams.events(), running.events(), streams.unchained(), chainStart,
                    streams.streams(), findings, checks, clean, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static PreparedStatement cursor(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH);
        return statement;
    }

    private static Optional<AuditPosition> whereIs(Connection connection, String eventIdentifier) {
        try (PreparedStatement where = connection.prepareStatement(WHERE_IS)) {
            where.setString(1, eventIdentifier);
            try (ResultSet rows = where.executeQuery()) {
                return rows.next()
                        ? Optional.of(new AuditPosition(rows.getString(1), rows.getLong(2), rows.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot look an event up in the store", e);
        }
    }
}
