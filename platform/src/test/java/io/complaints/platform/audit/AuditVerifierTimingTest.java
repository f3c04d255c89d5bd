package io.complaints.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How long the verifier takes per number of events: a store of {@code audit.timing.events} events
 * (default 20,000; e.g. {@code -Daudit.timing.events=1000000}) in streams of eight, written by SQL and
 * chained in bulk, then verified twice. Prints the figures; asserts the store verifies clean.
 */
class AuditVerifierTimingTest {

    private static final int PER_STREAM = 8;

    @Test
    void verifyingAGeneratedStoreTakesThisLong() throws SQLException {
        long events = Long.getLong("audit.timing.events", 20_000);
        AuditedStore store = new AuditedStore("platform_audit_timing");
        store.reset();
        long started = System.nanoTime();
        store.sql.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadtype, timestamp)
                SELECT 'complaint-' || (i / ?), i % ?, 'Complaint', md5(i::text),
                       convert_to('{"actor":"shpd.agent","correlationId":"' || md5((i * 7)::text) || '"}', 'UTF8'),
                       convert_to('{"note":"a generated note of a realistic length, number ' || i
                                  || '","unit":"SH-PD","level":3,"category":"SERVICE_QUALITY"}', 'UTF8'),
                       'io.complaints.Noted', to_char(now() + i * interval '1 millisecond',
                                                      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                FROM generate_series(0, ? - 1) AS i ORDER BY i""", PER_STREAM, PER_STREAM, events);
        long written = System.nanoTime();
        chainInBulk(store);
        long chained = System.nanoTime();

        AuditReport first = store.verifier().verify();
        AuditReport second = store.verifier().verify();

        System.out.printf("audit verifier: %,d events in %,d streams: generated in %,d ms, chained in %,d ms;"
                        + " verified in %,d ms and %,d ms (%.1f s per million events)%n",
                events, first.streams(), (written - started) / 1_000_000, (chained - written) / 1_000_000,
                first.millis(), second.millis(), Math.min(first.millis(), second.millis()) * 1_000.0 / events);
        assertThat(first.clean()).isTrue();
        assertThat(first.events()).isEqualTo(events);
        assertThat(second.chainedEvents()).isEqualTo(events);
    }

    @Test
    void chainingAnAppendCostsThisMuch() {
        int appends = Integer.getInteger("audit.timing.appends", 1_000);
        AuditedStore store = new AuditedStore("platform_audit_appends", true);
        store.reset();
        store.stream(store.plain, 100);
        store.stream(store.chained, 100); // both warmed up
        long plainStarted = System.nanoTime();
        store.stream(store.plain, appends);
        long plain = System.nanoTime() - plainStarted;
        long chainedStarted = System.nanoTime();
        store.stream(store.chained, appends);
        long chained = System.nanoTime() - chainedStarted;

        System.out.printf("audit chain: %,d appends of one event each, one transaction each: %.2f ms without the"
                        + " chain, %.2f ms with it (per append)%n",
                appends, plain / 1e6 / appends, chained / 1e6 / appends);
        assertThat(store.sql.queryForObject("SELECT COUNT(*) FROM audit_chain", Long.class)).isEqualTo(100L + appends);
    }

    /** The chain of every stored event, as the storage engine would have written it one append at a time. */
    private static void chainInBulk(AuditedStore store) throws SQLException {
        Map<String, byte[]> last = new HashMap<>();
        try (Connection read = store.dataSource.getConnection(); Connection write = store.dataSource.getConnection()) {
            read.setAutoCommit(false);
            write.setAutoCommit(false);
            try (PreparedStatement events = read.prepareStatement("SELECT " + StoredEvent.COLUMNS
                    + " FROM domainevententry ORDER BY globalindex");
                 PreparedStatement insert = write.prepareStatement("INSERT INTO audit_chain (globalindex,"
                         + " aggregateidentifier, sequencenumber, eventidentifier, hash) VALUES (?, ?, ?, ?, ?)")) {
                events.setFetchSize(1000);
                int batched = 0;
                try (ResultSet rows = events.executeQuery()) {
                    while (rows.next()) {
                        StoredEvent event = StoredEvent.read(rows);
                        byte[] hash = AuditHash.ofEvent(last.getOrDefault(event.aggregateIdentifier(),
                                AuditHash.GENESIS), event);
                        last.put(event.aggregateIdentifier(), hash);
                        insert.setLong(1, event.globalIndex());
                        insert.setString(2, event.aggregateIdentifier());
                        insert.setLong(3, event.sequenceNumber());
                        insert.setString(4, event.eventIdentifier());
                        insert.setBytes(5, hash);
                        insert.addBatch();
                        if (++batched % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            write.commit();
            read.rollback();
        }
    }
}
