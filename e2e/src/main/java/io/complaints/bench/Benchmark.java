package io.complaints.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.complaints.bench.IntakeClient.Outcome;
import io.complaints.bench.LedgerWaiter.Accepted;

/**
 * The benchmark: registers {@code --n} complaints through intake-service with {@code --c}
 * concurrent clients (each sends its next complaint when its last one is answered), after
 * {@code --warmup} unmeasured ones, then waits for every accepted complaint to show in the
 * analytics ledger. Prints a line with the parameters and one summary line: complaints accepted
 * per second, HTTP latency, and latency from acceptance to the ledger. Exits 1 when any complaint
 * was refused, failed, not sent, or never reached the ledger; 2 on a bad command line.
 * <p>
 * Run it with {@code bin/benchmark} against a running system ({@code bin/run-local}). With the
 * mode word {@code registrations} first, it runs {@link RegistrationsBenchmark} instead; with {@code open}
 * or {@code search}, {@link OpenLoopBenchmark}.
 */
public final class Benchmark {

    /** No phase of sending runs longer than this; what it did not send is reported as unsent. */
    static final Duration LOAD_DEADLINE = Duration.ofMinutes(10);

    private Benchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals(AlertsBenchmark.MODE)) {
            try {
                System.exit(AlertsBenchmark.main(Arrays.copyOfRange(args, 1, args.length)));
            } catch (Exception e) {
                System.err.println("benchmark alerts: failed: " + e);
                System.exit(1);
            }
            return;
        }
        if (args.length > 0 && args[0].equals(AnalyticsBenchmark.MODE)) {
            try {
                System.exit(AnalyticsBenchmark.main(Arrays.copyOfRange(args, 1, args.length)));
            } catch (Exception e) {
                System.err.println("benchmark analytics: failed: " + e);
                System.exit(1);
            }
            return;
        }
        if (args.length > 0 && (args[0].equals(OpenLoopBenchmark.OPEN) || args[0].equals(OpenLoopBenchmark.SEARCH))) {
            try {
                System.exit(OpenLoopBenchmark.main(args[0], Arrays.copyOfRange(args, 1, args.length)));
            } catch (RuntimeException e) {
                System.err.println("benchmark " + args[0] + ": failed: " + e);
                System.exit(1);
            }
            return;
        }
        if (args.length > 0 && args[0].equals(RegistrationsBenchmark.MODE)) {
            System.exit(RegistrationsBenchmark.main(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("benchmark: " + e.getMessage());
            }
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(Options options) throws InterruptedException {
        System.out.printf(Locale.ROOT, "benchmark parameters: n=%d c=%d warmup=%d level=%s intake=%s analytics=%s%n",
                options.n(), options.c(), options.warmup(), options.levelText(), options.intake(), options.analytics());
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var intake = new IntakeClient(http, json, options.intake(), options.level());

        Load warmup = Load.run(intake, 0, options.warmup(), options.c());
        Load measured = Load.run(intake, options.warmup(), options.n(), options.c());

        Histogram httpMicros = histogram();
        List<Accepted> accepted = new ArrayList<>(options.n());
        Map<String, Integer> errorKinds = new TreeMap<>();
        for (Outcome outcome : measured.outcomes()) {
            httpMicros.recordValue(Math.min(outcome.nanos() / 1_000, httpMicros.getHighestTrackableValue()));
            if (outcome.accepted()) {
                accepted.add(new Accepted(outcome.registrationNumber(), outcome.acceptedAt()));
            } else {
                errorKinds.merge(outcome.failure(), 1, Integer::sum);
            }
        }
        int errors = measured.outcomes().size() - accepted.size();
        int unsent = options.n() - measured.outcomes().size();
        long warmupErrors = warmup.outcomes().stream().filter(o -> !o.accepted()).count();

        LedgerWaiter.Result ledger = new LedgerWaiter(http, json, options.analytics()).await(accepted);

        double seconds = measured.nanos() / 1e9;
        var summary = new StringBuilder(String.format(Locale.ROOT,
                "benchmark: accepted=%d/%d errors=%d throughput=%.1f/s http_p50=%s http_p99=%s"
                        + " ledger_p50=%s ledger_p99=%s ledger_max=%s ledger_missing=%d ledger_clamped=%d load=%.1fs",
                accepted.size(), options.n(), errors, seconds > 0 ? accepted.size() / seconds : 0.0,
                ms(httpMicros, 50), ms(httpMicros, 99), ms(ledger.latencyMicros(), 50), ms(ledger.latencyMicros(), 99),
                ms(ledger.latencyMicros(), 100), ledger.missing(), ledger.clamped(), seconds));
        if (unsent > 0) {
            summary.append(" unsent=").append(unsent);
        }
        if (warmupErrors > 0) {
            summary.append(" warmup_errors=").append(warmupErrors);
        }
        if (!errorKinds.isEmpty()) {
            summary.append(" error_kinds=").append(kinds(errorKinds));
        }
        if (!ledger.oddAnswers().isEmpty()) {
            summary.append(" ledger_odd_answers=").append(kinds(ledger.oddAnswers()));
        }
        System.out.println(summary);
        return errors == 0 && unsent == 0 && warmupErrors == 0 && ledger.missing() == 0 ? 0 : 1;
    }

    /** Microseconds, up to an hour, three significant digits. */
    static Histogram histogram() {
        return new Histogram(Duration.ofHours(1).toNanos() / 1_000, 3);
    }

    static String ms(Histogram micros, double percentile) {
        if (micros.getTotalCount() == 0) {
            return "n/a";
        }
        long value = percentile >= 100 ? micros.getMaxValue() : micros.getValueAtPercentile(percentile);
        return String.format(Locale.ROOT, "%.1fms", value / 1_000.0);
    }

    /** {@code kind:count,kind:count}, no spaces, so the summary stays one field per word. */
    static String kinds(Map<String, Integer> counts) {
        var text = new StringBuilder();
        counts.forEach((kind, count) -> text.append(text.isEmpty() ? "" : ",").append(kind).append(':').append(count));
        return text.toString();
    }

    /** One phase of sending: every answer, and the time from the first request to the last answer. */
    record Load(List<Outcome> outcomes, long nanos) {

        static Load run(IntakeClient intake, long firstSequence, int count, int clients) throws InterruptedException {
            return run(intake, firstSequence, count, clients, System.nanoTime() + LOAD_DEADLINE.toNanos());
        }

        /** As above, but sending stops at {@code deadline} ({@link System#nanoTime()}) at the latest. */
        static Load run(IntakeClient intake, long firstSequence, int count, int clients, long deadlineNanos)
                throws InterruptedException {
            if (count == 0) {
                return new Load(List.of(), 0);
            }
            AtomicLong next = new AtomicLong();
            long start = System.nanoTime();
            long deadline = Math.min(deadlineNanos, start + LOAD_DEADLINE.toNanos());
            List<Future<List<Outcome>>> workers = new ArrayList<>(clients);
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int w = 0; w < clients; w++) {
                    workers.add(executor.submit(() -> {
                        List<Outcome> mine = new ArrayList<>();
                        for (long i = next.getAndIncrement(); i < count && System.nanoTime() < deadline;
                             i = next.getAndIncrement()) {
                            mine.add(intake.register(firstSequence + i));
                        }
                        return mine;
                    }));
                }
            }
            long nanos = System.nanoTime() - start;
            List<Outcome> outcomes = new ArrayList<>(count);
            for (Future<List<Outcome>> worker : workers) {
                try {
                    outcomes.addAll(worker.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a client failed", e.getCause());
                }
            }
            return new Load(outcomes, nanos);
        }
    }
}
