package io.complaints.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.complaints.bench.OpenLoopRun.Result;
import io.complaints.bench.ProcessUsage.Usage;

/**
 * {@code bin/benchmark open}: one open-loop run at a fixed rate, after a warm-up at the same rate.
 * {@code bin/benchmark search}: open-loop runs at rising rates, doubling from {@code --rate} while
 * the system keeps up, then halving the gap between the last rate kept up and the first one not, to
 * find the highest rate at which every service keeps up; one warm-up first. Each run prints the lag
 * every five seconds, then a summary line, a CPU-per-complaint line and a memory line (peak PSS) (see
 * {@link OpenLoopOptions#USAGE}). Exits 0 when the (last) open run kept up or the search found a
 * rate, 1 otherwise, 2 on a bad command line.
 */
final class OpenLoopBenchmark {

    static final String OPEN = "open";
    static final String SEARCH = "search";

    private OpenLoopBenchmark() {
    }

    static int main(String mode, String[] args) throws InterruptedException {
        OpenLoopOptions options;
        try {
            options = OpenLoopOptions.parse(args, mode.equals(SEARCH));
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("benchmark: " + e.getMessage());
            }
            System.err.println(OpenLoopOptions.USAGE);
            return 2;
        }
        PrintStream out = System.out;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        ProcessUsage processes = ProcessUsage.of(options.processes());
        out.printf(Locale.ROOT, "%s parameters: rate=%d/s duration=%ds warmup=%ds settle=%ds ledger_p99_limit=%dms"
                        + " ledger_every=%d intake=%s analytics=%s kafka=%s processes=%s%n", mode, options.rate(),
                options.duration().toSeconds(), options.warmup().toSeconds(), options.settle().toSeconds(),
                options.ledgerP99().toMillis(), options.ledgerEvery(), options.intake(), options.analytics(),
                options.kafka(), processes.pids());
        try (var lag = new ConsumerLag(options.kafka())) {
            var runs = new OpenLoopRun(options, http, json, lag, processes, out);
            runs.warmUp(options.rate(), options.warmup());
            return mode.equals(SEARCH) ? search(options, runs, out) : open(options, runs, out);
        }
    }

    private static int open(OpenLoopOptions options, OpenLoopRun runs, PrintStream out) throws InterruptedException {
        Result result = runs.run(options.rate(), options.duration(), OPEN);
        print(OPEN, result, options, out);
        return result.keptUp(options) ? 0 : 1;
    }

    private static int search(OpenLoopOptions options, OpenLoopRun runs, PrintStream out) throws InterruptedException {
        int keptUp = 0;
        Result firstMissed = null;
        int low = 0;
        int high = 0;
        int rate = options.rate();
        for (int trial = 1; trial <= options.maxTrials(); trial++) {
            Result result = runs.run(rate, options.duration(), SEARCH + "@" + rate);
            print(SEARCH + " trial " + trial, result, options, out);
            if (result.keptUp(options)) {
                keptUp = Math.max(keptUp, rate);
                low = rate;
            } else {
                high = rate;
                if (firstMissed == null || rate < firstMissed.rate()) {
                    firstMissed = result;
                }
            }
            int next = high == 0 ? Math.min(options.maxRate(), rate * 2) : (low + high) / 2;
            if (next == rate || next <= low || (high > 0 && high - low <= Math.max(1, low / 20))) {
                break; // the gap is within 5 %, or the highest rate allowed was kept up
            }
            rate = next;
        }
        out.printf(Locale.ROOT, "search: highest rate kept up=%s first rate missed=%s%s%n",
                keptUp == 0 ? "none" : keptUp + "/s", high == 0 ? "none" : high + "/s",
                firstMissed == null ? "" : " limited_by=" + limitedBy(firstMissed));
        return keptUp > 0 ? 0 : 1;
    }

    /** The group that caught up last (or never) at the lowest rate missed, and the busiest process. */
    private static String limitedBy(Result missed) {
        String group = missed.peakLag().keySet().stream()
                .max(Comparator.comparing((String g) -> missed.groupCaughtUp().getOrDefault(g, Duration.ofDays(1))))
                .orElse("none");
        String busiest = missed.usage().entrySet().stream()
                .max(Comparator.comparingLong(e -> e.getValue().cpuMillis())).map(Map.Entry::getKey).orElse("none");
        return "lag:" + group + ",cpu:" + busiest;
    }

    static void print(String label, Result r, OpenLoopOptions options, PrintStream out) {
        var summary = new StringBuilder(String.format(Locale.ROOT,
                "%s: rate=%d/s duration=%ds scheduled=%d accepted=%d errors=%d unsent=%d sent_rate=%.1f/s"
                        + " http_p50=%s http_p99=%s http_max=%s caught_up_after=%s ledger_p50=%s ledger_p99=%s"
                        + " ledger_checked=%d ledger_missing=%d kept_up=%s",
                label, r.rate(), r.duration().toSeconds(), r.scheduled(), r.accepted(), r.errors(), r.unsent(),
                r.sentPerSecond(), Benchmark.ms(r.httpMicros(), 50), Benchmark.ms(r.httpMicros(), 99),
                Benchmark.ms(r.httpMicros(), 100), r.caughtUpAfter() == null ? "never" : seconds(r.caughtUpAfter()),
                Benchmark.ms(r.ledger().latencyMicros(), 50), Benchmark.ms(r.ledger().latencyMicros(), 99),
                r.ledgerChecked(), r.ledger().missing(), r.keptUp(options) ? "yes" : "no"));
        if (!r.errorKinds().isEmpty()) {
            summary.append(" error_kinds=").append(Benchmark.kinds(r.errorKinds()));
        }
        out.println(summary);
        var groups = new StringBuilder(label + " lag: ");
        r.peakLag().forEach((group, peak) -> groups.append(group).append(" peak=").append(peak).append(" caught_up_after=")
                .append(r.groupCaughtUp().containsKey(group) ? seconds(r.groupCaughtUp().get(group)) : "never").append("; "));
        out.println(groups);
        var cpu = new StringBuilder(label + " cpu_ms_per_complaint:");
        var rss = new StringBuilder(label + " memory_mb:");
        long total = 0;
        for (Map.Entry<String, Usage> e : r.usage().entrySet()) {
            total += e.getValue().cpuMillis();
            cpu.append(' ').append(e.getKey()).append('=').append(perComplaint(e.getValue().cpuMillis(), r.accepted()));
            rss.append(' ').append(e.getKey()).append('=').append(e.getValue().rssKb() / 1024);
        }
        cpu.append(" total=").append(perComplaint(total, r.accepted()));
        out.println(cpu);
        out.println(rss);
    }

    private static String perComplaint(long cpuMillis, int complaints) {
        return complaints == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", cpuMillis / (double) complaints);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
}
