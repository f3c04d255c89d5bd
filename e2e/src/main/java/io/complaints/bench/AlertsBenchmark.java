package io.complaints.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * {@code bin/benchmark alerts}: from a level-1 complaint registered at intake to its alert e-mails
 * accepted by the SMTP server. Listens as that SMTP server on 127.0.0.1 ({@code --smtp-port}, 2525,
 * where notification-service sends by default), registers {@code --n} level-1 complaints with
 * {@code --c} clients, and measures each e-mail from the 201 of its complaint to the moment the
 * server accepted it (same host, same clock). Prints one line: alerts, p50, p99, max, and complaints
 * whose alert never came. Exits 1 when fewer alerts than complaints arrived.
 */
final class AlertsBenchmark {

    static final String MODE = "alerts";
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*-\\d{12,}");

    private AlertsBenchmark() {
    }

    static int main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("n", "150", "c", "4", "smtp-port", "2525",
                "intake", "http://127.0.0.1:8081", "wait-seconds", "120"));
        for (String[] option : Options.options(args)) {
            String name = option[0].substring(2);
            if (!options.containsKey(name)) {
                System.err.println("usage: bin/benchmark alerts [--n 150] [--c 4] [--smtp-port 2525] "
                        + "[--intake http://127.0.0.1:8081] [--wait-seconds 120]");
                return 2;
            }
            options.put(name, option[1]);
        }
        int n = Integer.parseInt(options.get("n"));
        int clients = Integer.parseInt(options.get("c"));
        System.out.printf(Locale.ROOT, "alerts parameters: %s%n", options);
        try (SmtpSink smtp = new SmtpSink(Integer.parseInt(options.get("smtp-port")))) {
            Map<String, Instant> registered = register(n, clients, URI.create(options.get("intake")));
            long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("wait-seconds"))).toNanos();
            int seen = -1;
            long quietSince = System.nanoTime();
            // every complaint alerted at least once, and no new e-mail for 5 s (the second recipient)
            while (System.nanoTime() < deadline) {
                List<SmtpSink.Accepted> now = smtp.accepted();
                if (now.size() != seen) {
                    seen = now.size();
                    quietSince = System.nanoTime();
                } else if (alerted(now).keySet().containsAll(registered.keySet())
                        && System.nanoTime() - quietSince > Duration.ofSeconds(5).toNanos()) {
                    break;
                }
                Thread.sleep(100); // polling the sink's own list, not waiting for a test condition
            }
            return report(registered, smtp.accepted());
        }
    }

    private static Map<String, Instant> register(int n, int clients, URI intake) throws InterruptedException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        IntakeClient intakeClient = new IntakeClient(http, json, intake, 1);
        Map<String, Instant> registered = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                long sequence;
                while ((sequence = next.getAndIncrement()) < n) {
                    IntakeClient.Outcome outcome = intakeClient.register(sequence);
                    if (outcome.accepted()) {
                        registered.put(outcome.registrationNumber(), outcome.acceptedAt());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "registered: %d of %d level-1 complaints%n", registered.size(), n);
        return registered;
    }

    /** The accepted e-mails by the registration number in their subject. */
    private static Map<String, List<SmtpSink.Accepted>> alerted(List<SmtpSink.Accepted> accepted) {
        Map<String, List<SmtpSink.Accepted>> byNumber = new HashMap<>();
        for (SmtpSink.Accepted mail : accepted) {
            Matcher number = REGISTRATION_NUMBER.matcher(mail.subject());
            if (number.find()) {
                byNumber.computeIfAbsent(number.group(), k -> new ArrayList<>()).add(mail);
            }
        }
        return byNumber;
    }

    private static int report(Map<String, Instant> registered, List<SmtpSink.Accepted> accepted) {
        Histogram micros = new Histogram(600_000_000L, 3);
        Map<String, List<SmtpSink.Accepted>> byNumber = alerted(accepted);
        int alerts = 0;
        for (var complaint : registered.entrySet()) {
            for (SmtpSink.Accepted mail : byNumber.getOrDefault(complaint.getKey(), List.of())) {
                long latency = Math.max(0, Duration.between(complaint.getValue(), mail.at()).toNanos() / 1000);
                micros.recordValue(Math.min(latency, micros.getHighestTrackableValue()));
                alerts++;
            }
        }
        long missing = registered.keySet().stream().filter(number -> !byNumber.containsKey(number)).count();
        System.out.printf(Locale.ROOT, "alerts: e-mails=%d (of %d accepted) complaints=%d p50_ms=%.1f p99_ms=%.1f "
                        + "max_ms=%.1f complaints_without_alert=%d%n", alerts, accepted.size(), registered.size(),
                micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0, missing);
        return missing == 0 && !registered.isEmpty() ? 0 : 1;
    }
}
