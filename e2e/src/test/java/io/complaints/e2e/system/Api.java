package io.complaints.e2e.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a user of the system does over HTTP, and nothing else. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system;

    public Api(RunningSystem system) {
        this.system = system;
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

    public Answer register(String unit, int level, String phone) {
        return post(RunningSystem.INTAKE, "/api/complaints", """
                {"unitCode":"%s","channel":"HOTLINE","category":"BILLING","level":%d,
                 "description":"Billed twice for October","complainant":{"name":"张三","phone":"%s"}}"""
                .formatted(unit, level, phone));
    }

    public Answer post(String service, String path, String json) {
        return send(HttpRequest.newBuilder(system.uri(service, path))
                .header("Content-Type", "application/json")
                .header("X-Actor-Id", "agent.e2e")
                .header("X-Actor-Unit", "HQ")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer get(String service, String path) {
        return send(HttpRequest.newBuilder(system.uri(service, path)).GET());
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
