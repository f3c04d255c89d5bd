package io.complaints.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Checkpoints over all streams. Each continues the running hash of the one before over the chain
 * entries after it, up to the highest global index chained at least {@code settle} ago: an append
 * still in flight holds a lower global index than one committed after it, and Axon's own readers treat
 * a gap as settled after its gap timeout (60 s), which is the default here too.
 */
public final class AuditCheckpoints {

    private static final String RECORDED = "SELECT uptoglobalindex, events, runninghash, takenat"
            + " FROM audit_checkpoint ORDER BY uptoglobalindex";
    private static final String LATEST = RECORDED + " DESC LIMIT 1";
    private static final String SETTLED = "SELECT MAX(globalindex) FROM audit_chain"
            + " WHERE chainedat <= clock_timestamp() - make_interval(secs => ?)";
    private static final String CHAIN_AFTER = "SELECT " + ChainEntry.COLUMNS + " FROM audit_chain"
            + " WHERE globalindex > ? AND globalindex <= ? ORDER BY globalindex";
    private static final String RECORD = "INSERT INTO audit_checkpoint (uptoglobalindex, events, runninghash, takenat)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (uptoglobalindex) DO NOTHING";

    private final DataSource dataSource;
    private final String service;
    private final Duration settle;
    private final Clock clock;

    public AuditCheckpoints(DataSource dataSource, String service, Duration settle, Clock clock) {
        this.dataSource = dataSource;
        this.service = service;
        this.settle = settle;
        this.clock = clock;
    }

    /** Records a checkpoint over what is chained and settled; the latest one when nothing new is. */
    public Optional<AuditCheckpoint> take() {
        return take(0);
    }

    /** Records a checkpoint when at least {@code minimumNew} events were chained since the last one. */
    public Optional<AuditCheckpoint> take(long minimumNew) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<AuditCheckpoint> latest = latest(connection);
            long from = latest.map(AuditCheckpoint::uptoGlobalIndex).orElse(0L);
            Long upto = settled(connection);
            if (upto == null || upto <= from) {
                return latest;
            }
            byte[] running = latest.map(c -> AuditHash.fromHex(c.runningHash())).orElse(AuditHash.GENESIS);
            long events = latest.map(AuditCheckpoint::events).orElse(0L);
            long added = 0;
            try (PreparedStatement chain = connection.prepareStatement(CHAIN_AFTER)) {
                chain.setLong(1, from);
                chain.setLong(2, upto);
                try (ResultSet rows = chain.executeQuery()) {
                    while (rows.next()) {
                        ChainEntry entry = ChainEntry.read(rows);
                        running = AuditHash.running(running, entry.globalIndex(), entry.hash());
                        added++;
                    }
                }
            }
            if (added == 0 || added < minimumNew) {
                return latest;
            }
            AuditCheckpoint taken = new AuditCheckpoint(service, upto, events + added, AuditHash.hex(running),
                    clock.instant());
            try (PreparedStatement record = connection.prepareStatement(RECORD)) {
                record.setLong(1, taken.uptoGlobalIndex());
                record.setLong(2, taken.events());
                record.setBytes(3, running);
                record.setTimestamp(4, Timestamp.from(taken.takenAt()));
                record.executeUpdate();
            }
            return latest(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot take an audit checkpoint", e);
        }
    }

    public List<AuditCheckpoint> recorded() {
        try (Connection connection = dataSource.getConnection()) {
            return recorded(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot read the audit checkpoints", e);
        }
    }

    public Optional<AuditCheckpoint> latest() {
        try (Connection connection = dataSource.getConnection()) {
            return latest(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot read the audit checkpoints", e);
        }
    }

    /** An exported checkpoint against the chain as it is now, up to the same global index. */
    public CheckpointCheck compare(AuditCheckpoint exported) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement chain = connection.prepareStatement(CHAIN_AFTER)) {
            RunningHash running = new RunningHash(List.of(exported));
            chain.setLong(1, 0);
            chain.setLong(2, exported.uptoGlobalIndex());
            chain.setFetchSize(1000);
            connection.setAutoCommit(false);
            try (ResultSet rows = chain.executeQuery()) {
                while (rows.next()) {
                    running.add(ChainEntry.read(rows));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return running.finish().get(0);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot compare the audit checkpoint", e);
        }
    }

    List<AuditCheckpoint> recorded(Connection connection) throws SQLException {
        return query(connection, RECORDED);
    }

    private Optional<AuditCheckpoint> latest(Connection connection) throws SQLException {
        return query(connection, LATEST).stream().findFirst();
    }

    private Long settled(Connection connection) throws SQLException {
        try (PreparedStatement settled = connection.prepareStatement(SETTLED)) {
            settled.setDouble(1, settle.toMillis() / 1000.0);
            try (ResultSet rows = settled.executeQuery()) {
                rows.next();
                long upto = rows.getLong(1);
                return rows.wasNull() ? null : upto;
            }
        }
    }

    private List<AuditCheckpoint> query(Connection connection, String sql) throws SQLException {
        List<AuditCheckpoint> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Instant takenAt = rows.getTimestamp(4).toInstant();
                found.add(new AuditCheckpoint(service, rows.getLong(1), rows.getLong(2),
                        AuditHash.hex(rows.getBytes(3)), takenAt));
            }
        }
        return found;
    }
}
