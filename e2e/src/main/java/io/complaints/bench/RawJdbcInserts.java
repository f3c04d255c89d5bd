package io.complaints.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * The raw single-row insert rate of the PostgreSQL intake writes to, for comparison with its
 * registration rate: a scratch table shaped like Axon's event table, rows of ~600 bytes of payload,
 * each row its own auto-commit transaction; per client count C, C threads each with its own
 * connection. The table is this process's own and is dropped at the end, also on failure.
 */
final class RawJdbcInserts {

    private static final int STATEMENT_TIMEOUT_SECONDS = 30;
    private static final int PAYLOAD_BYTES = 600;

    /** One thread's share of a phase. */
    private record Share(Histogram micros, int inserted, int errors) {
    }

    private final RegistrationsOptions options;
    private final String table = "bench_raw_insert_" + ProcessHandle.current().pid();

    private RawJdbcInserts(RegistrationsOptions options) {
        this.options = options;
    }

    /** Prints one line per client count; whether every row was inserted. */
    static boolean run(RegistrationsOptions options, long deadline) throws SQLException, InterruptedException {
        return new RawJdbcInserts(options).run(deadline);
    }

    private boolean run(long deadline) throws SQLException, InterruptedException {
        boolean created = false;
        try {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                System.out.println("raw-jdbc parameters: table=" + table + " payload=" + PAYLOAD_BYTES + "B fsync="
                        + setting(statement, "fsync") + " synchronous_commit=" + setting(statement, "synchronous_commit"));
                statement.execute("create table " + table + " (global_index bigserial primary key,"
                        + " aggregate_identifier varchar(255) not null, sequence_number bigint not null,"
                        + " event_identifier varchar(255) not null unique, payload bytea not null, meta_data bytea,"
                        + " payload_type varchar(255) not null, time_stamp varchar(255) not null)");
                created = true;
            }
            boolean clean = true;
            for (int clients : options.clients()) {
                clean &= measure(clients, deadline);
            }
            return clean;
        } finally {
            if (created) {
                drop();
            }
        }
    }

    private void drop() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            statement.execute("drop table if exists " + table);
        } catch (SQLException e) {
            System.err.println("raw-jdbc: could not drop " + table + ", drop it by hand: " + e.getMessage());
        }
    }

    private boolean measure(int clients, long deadline) throws SQLException, InterruptedException {
        List<Connection> connections = new ArrayList<>(clients);
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(connect());
            }
            Share warmup = phase(connections, options.warmup(), deadline);
            long start = System.nanoTime();
            Share measured = phase(connections, options.n(), deadline);
            double seconds = (System.nanoTime() - start) / 1e9;
            var line = new StringBuilder(String.format(Locale.ROOT, "raw-jdbc clients=%d n=%d inserts=%.1f/s p50=%s p99=%s",
                    clients, options.n(), seconds > 0 ? measured.inserted() / seconds : 0.0,
                    Benchmark.ms(measured.micros(), 50), Benchmark.ms(measured.micros(), 99)));
            int unsent = options.n() - measured.inserted() - measured.errors();
            if (measured.errors() > 0 || unsent > 0) {
                line.append(" errors=").append(measured.errors()).append(" unsent=").append(unsent);
            }
            boolean warmupClean = warmup.inserted() == options.warmup();
            if (!warmupClean) {
                line.append(" warmup_failed=").append(options.warmup() - warmup.inserted());
            }
            System.out.println(line);
            return measured.inserted() == options.n() && warmupClean;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** Inserts {@code count} rows over the connections, one thread each, until the deadline. */
    private Share phase(List<Connection> connections, int count, long deadline) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Future<Share>> workers = new ArrayList<>(connections.size());
        try (var executor = Executors.newFixedThreadPool(connections.size())) {
            for (Connection connection : connections) {
                workers.add(executor.submit(() -> insertRows(connection, next, count, deadline)));
            }
        }
        Histogram micros = Benchmark.histogram();
        int inserted = 0;
        int errors = 0;
        for (Future<Share> worker : workers) {
            try {
                Share share = worker.get();
                micros.add(share.micros());
                inserted += share.inserted();
                errors += share.errors();
            } catch (ExecutionException e) {
                throw new IllegalStateException("an inserting thread failed", e.getCause());
            }
        }
        return new Share(micros, inserted, errors);
    }

    private Share insertRows(Connection connection, AtomicLong next, int count, long deadline) throws SQLException {
        Histogram micros = Benchmark.histogram();
        int inserted = 0;
        int errors = 0;
        var random = ThreadLocalRandom.current();
        byte[] payload = new byte[PAYLOAD_BYTES];
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table
                + " (aggregate_identifier, sequence_number, event_identifier, payload, meta_data, payload_type,"
                + " time_stamp) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            for (long i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                random.nextBytes(payload);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setLong(2, 0);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, payload);
                insert.setBytes(5, ("{\"traceId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
                insert.setString(6, "io.complaints.bench.RawInsert");
                insert.setString(7, Instant.now().toString());
                long start = System.nanoTime();
                try {
                    insert.executeUpdate(); // auto-commit: its own transaction
                    inserted++;
                } catch (SQLException e) {
                    errors++;
                }
                micros.recordValue(Math.min((System.nanoTime() - start) / 1_000, micros.getHighestTrackableValue()));
            }
        }
        return new Share(micros, inserted, errors);
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", options.jdbcUser());
        properties.setProperty("password", options.jdbcPassword());
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("ApplicationName", "complaints-benchmark");
        Connection connection = DriverManager.getConnection(options.jdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + name)) {
            return result.next() ? result.getString(1) : "?";
        }
    }
}
