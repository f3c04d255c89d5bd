package io.complaints.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Registers made-up complaints with intake-service, one per call. The complainant is always the
 * same invented name, with a random made-up number starting 000 (no phone has it) so that intake
 * does not see one person complaining thousands of times (it marks a repeat complaint by the same
 * contact on the same matter as one to handle with priority); neither is ever printed. Each complaint
 * is registered by the intake agent of its unit, signed in with a token ({@link BenchTokens}).
 */
final class IntakeClient {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final List<String> UNITS = List.of("HQ", "SH", "SH-PD", "SH-XH", "BJ", "BJ-CY", "BJ-HD", "GZ", "GZ-TH");
    private static final List<String> CHANNELS = List.of("PHONE", "HOTLINE", "VISIT", "LETTER", "EMAIL", "WEBSITE",
            "ONLINE_CHAT", "SOCIAL_MEDIA", "GOVERNMENT_HOTLINE", "CONSUMER_ASSOCIATION", "MEDIA", "OTHER");
    private static final List<String> CATEGORIES = List.of("PRODUCT_QUALITY", "SERVICE_QUALITY", "DELIVERY", "BILLING",
            "STAFF_CONDUCT", "SAFETY", "CONTRACT", "OTHER");
    private static final String COMPLAINANT_NAME = "Bench Mark";

    /**
     * One answer. {@code status} is the HTTP status, or {@code -1} when there was none (timeout,
     * refused connection...); {@code acceptedAt} is the client's clock when a 201 arrived.
     */
    record Outcome(int status, String failure, String registrationNumber, Instant acceptedAt, long nanos,
                   String complaintId) {
        Outcome(int status, String failure, String registrationNumber, Instant acceptedAt, long nanos) {
            this(status, failure, registrationNumber, acceptedAt, nanos, null);
        }

        boolean accepted() {
            return status == 201 && registrationNumber != null;
        }
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI endpoint;
    private final Integer level;

    IntakeClient(HttpClient http, ObjectMapper json, URI intake, Integer level) {
        this.http = http;
        this.json = json;
        this.endpoint = URI.create(intake + "/api/complaints");
        this.level = level;
    }

    Outcome register(long sequence) {
        String unit = pick(UNITS, ThreadLocalRandom.current());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", BenchTokens.shared().bearer(BenchTokens.agentOf(unit)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(sequence, unit)))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Instant arrived = Instant.now();
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 201) {
                return new Outcome(response.statusCode(), "http_" + response.statusCode(), null, null, nanos);
            }
            JsonNode registration = json.readTree(response.body());
            String number = registration.path("registrationNumber").asText(null);
            return new Outcome(201, number == null ? "201_without_number" : null, number, arrived, nanos,
                    registration.path("complaintId").asText(null));
        } catch (HttpTimeoutException timeout) {
            return new Outcome(-1, "timeout", null, null, System.nanoTime() - start);
        } catch (IOException e) {
            return new Outcome(-1, e.getClass().getSimpleName(), null, null, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted", null, null, System.nanoTime() - start);
        }
    }

    private byte[] body(long sequence, String unit) {
        var random = ThreadLocalRandom.current();
        int severity = level != null ? level : random.nextInt(2, 5);
        Map<String, Object> form = Map.of(
                "unitCode", unit,
                "channel", pick(CHANNELS, random),
                "category", pick(CATEGORIES, random),
                "level", severity,
                "description", "Benchmark complaint #" + sequence + ": invented text, no real customer behind it.",
                "complainant", Map.of("name", COMPLAINANT_NAME,
                        "phone", String.format(Locale.ROOT, "000-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000))));
        try {
            return json.writeValueAsBytes(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a complaint as JSON", e);
        }
    }

    private static String pick(List<String> values, ThreadLocalRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
