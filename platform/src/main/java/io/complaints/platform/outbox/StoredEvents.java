package io.complaints.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What a republish needs of the event store's PostgreSQL tables beyond Axon's API: how many events
 * it holds up to a position, and a lock that lets one republish run at a time across all instances
 * of the service (held by a connection for the republish's duration; a crash releases it).
 */
class StoredEvents {

    /** The advisory lock's key: "republish" in ASCII, one per database (one per service). */
    private static final long LOCK = 0x7265_7075_626c_6973L;

    private final DataSource dataSource;

    StoredEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long countUpTo(long globalIndex) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM domainevententry WHERE globalindex <= ?")) {
            count.setLong(1, globalIndex);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot count the stored events", e);
        }
    }

    /** The lock, held until it is closed; empty when another instance holds it. */
    Optional<Lock> lockForRepublish() {
        try {
            Connection connection = dataSource.getConnection();
            if (call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.of(new Lock(connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot take the republish lock", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** A held lock: released before its connection goes back to the pool (a session lock would stay). */
    static final class Lock implements AutoCloseable {

        private final Connection connection;

        private Lock(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                call(connection, "SELECT pg_advisory_unlock(?)");
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("cannot release the republish lock", e);
            }
        }
    }
}
