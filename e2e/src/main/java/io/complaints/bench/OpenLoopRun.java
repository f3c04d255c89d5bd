package io.complaints.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.bench.ConsumerLag.Sample;
import io.complaints.bench.IntakeClient.Outcome;
import io.complaints.bench.LedgerWaiter.Accepted;
import io.complaints.bench.ProcessUsage.Usage;

/**
 * One open-loop run: complaints sent at a fixed rate for a fixed time, each at its scheduled moment
 * whatever the earlier ones' answers (so a slow system meets the same load, and a request's latency
 * counts from when it was due, not from when it could be sent). Meanwhile and afterwards every
 * consumer group's lag is read each second; after the load until every group is back to zero and the
 * topics have stopped growing (or the catch-up limit passes). Then the ledger latency of the accepted
 * complaints (every n-th), and the CPU each process used over the run per accepted complaint.
 */
final class OpenLoopRun {

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final Duration CATCH_UP_SAMPLE_EVERY = Duration.ofMillis(250);
    private static final int PRINT_EVERY_SAMPLES = 5;

    /**
     * @param caughtUpAfter  from the end of the schedule until every group was at zero lag and the topics still;
     *                       {@code null} when that did not happen within the catch-up limit
     * @param groupCaughtUp  per group: from the end of the schedule until its lag was zero for good
     * @param usage          per process: CPU used over the run (load and catch-up) and its highest RSS
     */
    record Result(int rate, Duration duration, int scheduled, int accepted, int unsent, Map<String, Integer> errorKinds,
                  Histogram httpMicros, double sentPerSecond, Duration caughtUpAfter, Map<String, Duration> groupCaughtUp,
                  Map<String, Long> peakLag, LedgerWaiter.Result ledger, int ledgerChecked, Map<String, Usage> usage) {

        int errors() {
            return errorKinds.values().stream().mapToInt(Integer::intValue).sum();
        }

        boolean keptUp(OpenLoopOptions options) {
            return errors() == 0 && unsent == 0 && ledger.missing() == 0 && caughtUpAfter != null
                    && caughtUpAfter.compareTo(options.settle()) <= 0
                    && ledger.latencyMicros().getValueAtPercentile(99) <= options.ledgerP99().toNanos() / 1_000;
        }
    }

    private final OpenLoopOptions options;
    private final HttpClient http;
    private final ObjectMapper json;
    private final IntakeClient intake;
    private final ConsumerLag lag;
    private final ProcessUsage processes;
    private final PrintStream out;
    private final AtomicLong sequence = new AtomicLong();

    OpenLoopRun(OpenLoopOptions options, HttpClient http, ObjectMapper json, ConsumerLag lag, ProcessUsage processes,
                PrintStream out) {
        this.options = options;
        this.http = http;
        this.json = json;
        this.intake = new IntakeClient(http, json, options.intake(), options.level());
        this.lag = lag;
        this.processes = processes;
        this.out = out;
    }

    /** Sends, unmeasured, at {@code rate} for {@code duration}, and waits until the system has caught up. */
    void warmUp(int rate, Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            run(rate, duration, "warmup");
        }
    }

    Result run(int rate, Duration duration, String label) throws InterruptedException {
        Map<String, Usage> before = processes.snapshot();
        Map<String, Long> peakRss = new TreeMap<>();
        Map<String, Long> peakLag = new TreeMap<>();
        List<Sample> samples = new ArrayList<>();
        int scheduled = (int) Math.min(Integer.MAX_VALUE, rate * duration.toSeconds());
        Histogram httpMicros = new ConcurrentHistogram(Benchmark.histogram());
        Queue<Accepted> accepted = new ConcurrentLinkedQueue<>();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicLong lastSend = new AtomicLong(System.nanoTime());
        int unsent = 0;

        long start = System.nanoTime();
        long scheduleEnd = start + duration.toNanos();
        Thread sampler = Thread.ofPlatform().daemon().name("lag-sampler").start(() -> {
            long next = start;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Sample sample = lag.sample();
                    samples.add(sample);
                    sample.lagByGroup().forEach((group, value) -> peakLag.merge(group, value, Math::max));
                    processes.snapshot().forEach((name, usage) -> peakRss.merge(name, usage.rssKb(), Math::max));
                    if (samples.size() % PRINT_EVERY_SAMPLES == 0) {
                        out.printf(Locale.ROOT, "%s t=%ds sent=%d in_flight=%d lag %s%n", label,
                                Duration.ofNanos(sample.nanos() - start).toSeconds(), sent.get(), inFlight.get(),
                                groups(sample.lagByGroup()));
                    }
                    next += SAMPLE_EVERY.toNanos();
                    LockSupport.parkNanos(next - System.nanoTime());
                }
            } catch (InterruptedException | RuntimeException stop) {
                Thread.currentThread().interrupt();
            }
        });
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < scheduled; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (inFlight.get() >= options.maxInFlight()) {
                    unsent++;
                    continue;
                }
                inFlight.incrementAndGet();
                sent.incrementAndGet();
                lastSend.set(System.nanoTime());
                long n = sequence.getAndIncrement();
                executor.submit(() -> {
                    try {
                        Outcome outcome = intake.register(n);
                        long micros = (System.nanoTime() - due) / 1_000;
                        httpMicros.recordValue(Math.min(micros, httpMicros.getHighestTrackableValue()));
                        if (outcome.accepted()) {
                            accepted.add(new Accepted(outcome.registrationNumber(), outcome.acceptedAt()));
                        } else {
                            errorKinds.merge(outcome.failure(), 1, Integer::sum);
                        }
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        }
        double sentPerSecond = sent.get() / (Math.max(1, lastSend.get() - start) / 1e9);
        sampler.interrupt();
        sampler.join();

        Sample quiet = awaitCatchUp(samples, peakLag);
        Duration caughtUpAfter = quiet == null ? null : Duration.ofNanos(Math.max(0, quiet.nanos() - scheduleEnd));
        Map<String, Duration> groupCaughtUp = groupsCaughtUp(samples, scheduleEnd);
        Map<String, Usage> after = processes.snapshot();
        Map<String, Usage> used = new LinkedHashMap<>();
        after.forEach((name, now) -> {
            Usage then = before.get(name);
            long cpu = then == null ? now.cpuMillis() : now.cpuMillis() - then.cpuMillis();
            used.put(name, new Usage(cpu, Math.max(now.rssKb(), peakRss.getOrDefault(name, 0L))));
        });

        List<Accepted> checked = new ArrayList<>();
        int i = 0;
        for (Accepted one : accepted) {
            if (i++ % options.ledgerEvery() == 0) {
                checked.add(one);
            }
        }
        LedgerWaiter.Result ledger = new LedgerWaiter(http, json, options.analytics()).await(checked);
        return new Result(rate, duration, scheduled, accepted.size(), unsent, new TreeMap<>(errorKinds), httpMicros,
                sentPerSecond, caughtUpAfter, groupCaughtUp, peakLag, ledger, checked.size(), used);
    }

    /**
     * Reads the lag until two readings in a row show every group at zero and the topics' end offsets
     * unchanged (nothing left to consume, nothing still being published), or the catch-up limit passes.
     */
    private Sample awaitCatchUp(List<Sample> samples, Map<String, Long> peakLag) throws InterruptedException {
        long limit = System.nanoTime() + options.catchUpLimit().toNanos();
        Sample previous = null;
        while (System.nanoTime() < limit) {
            Sample sample = lag.sample();
            samples.add(sample);
            sample.lagByGroup().forEach((group, value) -> peakLag.merge(group, value, Math::max));
            if (previous != null && previous.totalLag() == 0 && sample.totalLag() == 0
                    && previous.endOffsets() == sample.endOffsets()) {
                return previous;
            }
            previous = sample;
            LockSupport.parkNanos(CATCH_UP_SAMPLE_EVERY.toNanos());
        }
        return null;
    }

    /** Per group, from the end of the schedule until the first reading after its last non-zero one. */
    private static Map<String, Duration> groupsCaughtUp(List<Sample> samples, long scheduleEnd) {
        Map<String, Duration> caughtUp = new TreeMap<>();
        for (Sample sample : samples) {
            sample.lagByGroup().forEach((group, value) -> {
                if (value > 0) {
                    caughtUp.remove(group);
                } else if (!caughtUp.containsKey(group)) {
                    caughtUp.put(group, Duration.ofNanos(Math.max(0, sample.nanos() - scheduleEnd)));
                }
            });
        }
        return caughtUp;
    }

    static String groups(Map<String, Long> values) {
        var text = new StringBuilder();
        values.forEach((group, value) -> text.append(text.isEmpty() ? "" : " ").append(group).append('=').append(value));
        return text.isEmpty() ? "(no consumer groups yet)" : text.toString();
    }
}
