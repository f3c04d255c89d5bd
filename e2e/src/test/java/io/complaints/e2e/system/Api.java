package io.complaints.e2e.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a user of the system does over HTTP, and nothing else: signed in as one of the sample
 * people of the identity provider ({@link #as(String)}), or as nobody.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system;
    private final String username;

    /** Signed in as nobody. */
    public Api(RunningSystem system) {
        this(system, null);
    }

    private Api(RunningSystem system, String username) {
        this.system = system;
        this.username = username;
    }

    /** The same, signed in as {@code username} (a sample person of the realm, e.g. {@code shpd.agent}). */
    public Api as(String username) {
        return new Api(system, username);
    }

    /** The intake agent of a unit, e.g. {@code shpd.agent} of SH-PD. */
    public static String agentOf(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace("-", "") + ".agent";
    }

    /** An answer: its status and its body as JSON (or text). */
    public record Answer(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** Registers a complaint at {@code unit}, as this caller or, when signed in as nobody, as the unit's intake agent. */
    public Answer register(String unit, int level, String phone) {
        Api registrar = username == null ? as(agentOf(unit)) : this;
        return registrar.post(RunningSystem.INTAKE, "/api/complaints", """
                {"unitCode":"%s","channel":"HOTLINE","category":"BILLING","level":%d,
                 "description":"Billed twice for October","complainant":{"name":"张三","phone":"%s"}}"""
                .formatted(unit, level, phone));
    }

    public Answer post(String service, String path, String json) {
        return send(signed(HttpRequest.newBuilder(system.uri(service, path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer get(String service, String path) {
        return send(signed(HttpRequest.newBuilder(system.uri(service, path))).GET());
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request) {
        return username == null ? request : request.header("Authorization", system.bearer(username));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
