package io.complaints.bench;

import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.complaints.bench.Benchmark.Load;
import io.complaints.bench.IntakeClient.Outcome;

/**
 * {@code bin/benchmark registrations}: how many complaints intake-service registers per second,
 * next to how many single-row inserts the same PostgreSQL takes per second.
 * <p>
 * For each client count: {@code --warmup} unmeasured registrations, then {@code --n} measured ones,
 * each client sending its next when its last is answered; one line with throughput, HTTP latency
 * and errors. Made-up complaints at random units and levels 2-4 ({@link IntakeClient}); nothing of
 * the complainant is printed. A 201 from intake means the registration (its events in the event
 * store) is committed in PostgreSQL, with fsync and synchronous commit on under
 * {@code bin/run-local}, so every counted registration is durable; that is not re-checked here.
 * <p>
 * Then {@link RawJdbcInserts} measures the raw rate of the same PostgreSQL with the same client
 * counts. Exits 1 when a registration or insert failed or was not sent in time, 2 on a bad command line.
 */
final class RegistrationsBenchmark {

    static final String MODE = "registrations";

    private RegistrationsBenchmark() {
    }

    static int main(String[] args) throws InterruptedException {
        RegistrationsOptions options;
        try {
            options = RegistrationsOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("benchmark: " + e.getMessage());
            }
            System.err.println(RegistrationsOptions.USAGE);
            return 2;
        }
        try {
            return run(options);
        } catch (SQLException | RuntimeException e) {
            System.err.println("benchmark registrations: failed: " + e);
            return 1;
        }
    }

    static int run(RegistrationsOptions options) throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + options.deadline().toNanos();
        System.out.printf(Locale.ROOT, "registrations parameters: n=%d clients=%s warmup=%d level=random(2-4)"
                        + " intake=%s jdbc=%s deadline=%dmin%n", options.n(), text(options), options.warmup(),
                options.intake(), options.jdbcUrl(), options.deadline().toMinutes());
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var intake = new IntakeClient(http, json, options.intake(), null);

        boolean clean = true;
        long sequence = 0;
        for (int clients : options.clients()) {
            Load warmup = Load.run(intake, sequence, options.warmup(), clients, deadline);
            sequence += options.warmup();
            Load measured = Load.run(intake, sequence, options.n(), clients, deadline);
            sequence += options.n();
            clean &= report(clients, options, warmup, measured);
        }
        clean &= RawJdbcInserts.run(options, deadline);
        return clean ? 0 : 1;
    }

    /** Prints the line of one client count; whether it had no error. */
    private static boolean report(int clients, RegistrationsOptions options, Load warmup, Load measured) {
        Histogram httpMicros = Benchmark.histogram();
        Map<String, Integer> errorKinds = new TreeMap<>();
        int accepted = 0;
        for (Outcome outcome : measured.outcomes()) {
            httpMicros.recordValue(Math.min(outcome.nanos() / 1_000, httpMicros.getHighestTrackableValue()));
            if (outcome.accepted()) {
                accepted++;
            } else {
                errorKinds.merge(outcome.failure(), 1, Integer::sum);
            }
        }
        int unsent = options.n() - measured.outcomes().size();
        if (unsent > 0) {
            errorKinds.merge("unsent", unsent, Integer::sum);
        }
        long warmupErrors = warmup.outcomes().stream().filter(o -> !o.accepted()).count()
                + (options.warmup() - warmup.outcomes().size());
        int errors = options.n() - accepted;
        double seconds = measured.nanos() / 1e9;
        var line = new StringBuilder(String.format(Locale.ROOT,
                "registrations clients=%d n=%d throughput=%.1f/s http_p50=%s http_p99=%s errors=%d",
                clients, options.n(), seconds > 0 ? accepted / seconds : 0.0,
                Benchmark.ms(httpMicros, 50), Benchmark.ms(httpMicros, 99), errors));
        if (warmupErrors > 0) {
            line.append(" warmup_errors=").append(warmupErrors);
        }
        if (!errorKinds.isEmpty()) {
            line.append(" error_kinds=").append(Benchmark.kinds(errorKinds));
        }
        System.out.println(line);
        return errors == 0 && warmupErrors == 0;
    }

    private static String text(RegistrationsOptions options) {
        return String.join(",", options.clients().stream().map(String::valueOf).toList());
    }
}
