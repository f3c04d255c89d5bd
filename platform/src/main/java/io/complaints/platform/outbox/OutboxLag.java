package io.complaints.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How far the outbox publisher is behind the event store, read from the store itself (the
 * publisher's tokens in PostgreSQL, whichever instance holds them): {@code complaints_outbox_pending_events}
 * (stored events the publisher has not yet passed, i.e. not yet acknowledged by Kafka) and
 * {@code complaints_outbox_lag_seconds} (the age of the oldest of them; 0 when none is pending).
 * Every instance reports the same figures. Both are NaN while the store does not answer.
 */
public class OutboxLag implements MeterBinder {

    private final DataSource dataSource;
    private final Serializer serializer;
    private final Clock clock;

    public OutboxLag(DataSource dataSource, Serializer serializer, Clock clock) {
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("complaints.outbox.pending.events", this, OutboxLag::pendingEvents)
                .description("Stored events the Kafka publisher has not yet sent and had acknowledged")
                .register(registry);
        Gauge.builder("complaints.outbox.lag", this, OutboxLag::lagSeconds)
                .description("Age of the oldest stored event the Kafka publisher has not yet sent")
                .baseUnit("seconds")
                .register(registry);
    }

    double pendingEvents() {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, publishedUpTo(connection));
        } catch (SQLException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    double lagSeconds() {
        try (Connection connection = dataSource.getConnection()) {
            Instant oldest = oldestPending(connection, publishedUpTo(connection));
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
        } catch (SQLException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    /** The global index every segment of the publisher has passed; -1 before it has passed any. */
    private long publishedUpTo(Connection connection) throws SQLException {
        long lowest = Long.MAX_VALUE;
        boolean any = false;
        try (PreparedStatement tokens = connection.prepareStatement(
                "SELECT token, tokenType FROM tokenentry WHERE processorName = ?")) {
            tokens.setString(1, KafkaOutbox.PROCESSING_GROUP);
            try (ResultSet rows = tokens.executeQuery()) {
                while (rows.next()) {
                    any = true;
                    lowest = Math.min(lowest, position(rows.getBytes(1), rows.getString(2)).orElse(-1));
                }
            }
        }
        return any ? lowest : -1;
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null || type == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }

    private static long count(Connection connection, long after) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM domainevententry WHERE globalIndex > ?")) {
            count.setLong(1, after);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Instant oldestPending(Connection connection, long after) throws SQLException {
        try (PreparedStatement oldest = connection.prepareStatement(
                "SELECT timeStamp FROM domainevententry WHERE globalIndex > ? ORDER BY globalIndex LIMIT 1")) {
            oldest.setLong(1, after);
            try (ResultSet rows = oldest.executeQuery()) {
                return rows.next() ? Instant.parse(rows.getString(1)) : null;
            }
        }
    }
}
