package io.complaints.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of the local system's sample people, from its identity provider (the password grant
 * of the development-only {@code complaints-cli} client), each kept until shortly before it expires.
 * The benchmark registers as the intake agent of each complaint's unit ({@code shpd.agent} for
 * SH-PD), reads as {@code hq.analyst} and rebuilds as {@code hq.operator}.
 *
 * <p>Where from: {@code BENCH_TOKEN_URL} (default the Keycloak of {@code bin/run-local}) and
 * {@code BENCH_PASSWORD} (default the sample people's development password).
 */
final class BenchTokens {

    static final String ANALYST = "hq.analyst";
    static final String OPERATOR = "hq.operator";

    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final BenchTokens SHARED = new BenchTokens(
            URI.create(System.getenv().getOrDefault("BENCH_TOKEN_URL",
                    "http://127.0.0.1:18080/realms/complaints/protocol/openid-connect/token")),
            System.getenv().getOrDefault("BENCH_PASSWORD", "complaints"));

    private record Held(String bearer, long renewAtNanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenUrl;
    private final String password;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private BenchTokens(URI tokenUrl, String password) {
        this.tokenUrl = tokenUrl;
        this.password = password;
    }

    static BenchTokens shared() {
        return SHARED;
    }

    /** The intake agent of a unit, e.g. {@code shpd.agent} of SH-PD. */
    static String agentOf(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace("-", "") + ".agent";
    }

    /** {@code Bearer <token>} of {@code username}. */
    String bearer(String username) {
        Held current = held.get(username);
        if (current == null || System.nanoTime() - current.renewAtNanos() > 0) {
            current = held.compute(username, (name, old) ->
                    old != null && System.nanoTime() - old.renewAtNanos() < 0 ? old : fetch(name));
        }
        return current.bearer();
    }

    private Held fetch(String username) {
        String form = "grant_type=password&client_id=complaints-cli&username=" + encode(username)
                + "&password=" + encode(password);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + " from " + tokenUrl + ": HTTP "
                        + answer.statusCode() + " (is bin/run-local running with its Keycloak?)");
            }
            JsonNode token = json.readTree(answer.body());
            long lifetime = Duration.ofSeconds(token.path("expires_in").asLong(60)).minus(MARGIN).toNanos();
            return new Held("Bearer " + token.path("access_token").asText(), System.nanoTime() + Math.max(0, lifetime));
        } catch (IOException e) {
            throw new IllegalStateException("no token for " + username + ": " + tokenUrl + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
