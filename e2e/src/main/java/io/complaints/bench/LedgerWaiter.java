package io.complaints.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * After the load: fetches the ledger row of every accepted complaint, polling those not there yet,
 * in parallel, until all are visible or the deadline passes. The latency is computed from the
 * row's {@code visibleAt}, written by analytics-service when it first wrote the row, so when
 * the row is fetched does not matter.
 */
final class LedgerWaiter {

    static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration BETWEEN_ROUNDS = Duration.ofMillis(250);
    private static final int PARALLEL = 8;

    /** An accepted complaint: its number and the client's clock when its 201 arrived. */
    record Accepted(String registrationNumber, Instant acceptedAt) {
    }

    /** The part of a ledger row this needs; the rest of the row is ignored. */
    record LedgerRow(String registrationNumber, Instant receivedAt, Instant visibleAt) {
    }

    /**
     * @param latencyMicros acceptance to visibility, one value per visible row
     * @param missing       rows still not visible at the deadline
     * @param clamped       rows whose {@code visibleAt} came before the client saw the 201
     * @param oddAnswers    answers other than 200 or 404 while polling, by kind
     */
    record Result(Histogram latencyMicros, int missing, int clamped, Map<String, Integer> oddAnswers) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI analytics;
    private final Map<String, Integer> oddAnswers = new ConcurrentHashMap<>();

    LedgerWaiter(HttpClient http, ObjectMapper json, URI analytics) {
        this.http = http;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.analytics = analytics;
    }

    Result await(List<Accepted> accepted) throws InterruptedException {
        Histogram latency = Benchmark.histogram();
        int clamped = 0;
        List<Accepted> pending = new ArrayList<>(accepted);
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        awaitLastAccepted(accepted, deadline);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Semaphore permits = new Semaphore(PARALLEL);
                List<Future<LedgerRow>> rows = new ArrayList<>(pending.size());
                for (Accepted one : pending) {
                    permits.acquire();
                    rows.add(executor.submit(() -> {
                        try {
                            return fetch(one.registrationNumber());
                        } finally {
                            permits.release();
                        }
                    }));
                }
                List<Accepted> stillPending = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    LedgerRow row = result(rows.get(i));
                    if (row == null) {
                        stillPending.add(pending.get(i));
                        continue;
                    }
                    long micros = Duration.between(pending.get(i).acceptedAt(), row.visibleAt()).toNanos() / 1_000;
                    // Same host, same clock, but the server writes visibleAt on its own thread: a row
                    // can become visible before the client has read the 201 answer (the event is
                    // published when the registration commits, and the answer still has to travel
                    // back). That shows as a small negative latency; it is recorded as 0 and counted.
                    if (micros < 0) {
                        clamped++;
                        micros = 0;
                    }
                    latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                }
                pending = stillPending;
                long left = deadline - System.nanoTime();
                if (!pending.isEmpty() && left > 0) {
                    Thread.sleep(Duration.ofNanos(Math.min(left, BETWEEN_ROUNDS.toNanos())));
                }
            }
        }
        return new Result(latency, pending.size(), clamped, new TreeMap<>(oddAnswers));
    }

    /**
     * While the projection still lags behind the load, only the last accepted complaint is polled:
     * lookups by registration number are not free for the ledger's store, and polling every row
     * in parallel then would slow the very projection being measured.
     */
    private void awaitLastAccepted(List<Accepted> accepted, long deadline) throws InterruptedException {
        if (accepted.isEmpty()) {
            return;
        }
        Accepted last = accepted.stream().max(Comparator.comparing(Accepted::acceptedAt)).orElseThrow();
        while (fetch(last.registrationNumber()) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Thread.sleep(Duration.ofNanos(Math.min(left, BETWEEN_ROUNDS.toNanos())));
        }
    }

    private static LedgerRow result(Future<LedgerRow> row) throws InterruptedException {
        try {
            return row.get();
        } catch (ExecutionException e) {
            return null; // counted in fetch
        }
    }

    /** The row, or {@code null} when it is not (yet) there or the answer was unusable. */
    private LedgerRow fetch(String registrationNumber) {
        URI uri = URI.create(analytics + "/api/ledger/" + URLEncoder.encode(registrationNumber, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", BenchTokens.shared().bearer(BenchTokens.ANALYST)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                odd("http_" + response.statusCode());
                return null;
            }
            LedgerRow row = json.readValue(response.body(), LedgerRow.class);
            if (row.visibleAt() == null || !registrationNumber.equals(row.registrationNumber())) {
                odd("unusable_row");
                return null;
            }
            return row;
        } catch (HttpTimeoutException timeout) {
            odd("timeout");
        } catch (IOException e) {
            odd(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void odd(String kind) {
        oddAnswers.merge(kind, 1, Integer::sum);
    }
}
