package io.complaints.platform.personaldata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.platform.security.ServiceAccessTokens;

/**
 * Has intake-service open sealed texts ({@link SealedText}) for a service that shows them: {@code POST
 * /api/personal-data/opened} as this service (role SERVICE), in batches. A text erased since opens as
 * erased; nothing opened is kept.
 */
public final class SealedTextClient {

    static final int BATCH = 500;

    private final URI endpoint;
    private final ServiceAccessTokens tokens;
    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient http;

    public SealedTextClient(URI intakeUrl, ServiceAccessTokens tokens, ObjectMapper json, Duration timeout) {
        this.endpoint = URI.create(intakeUrl.toString().replaceAll("/+$", "") + "/api/personal-data/opened");
        this.tokens = tokens;
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A text as intake opened it: the text, or erased. */
    public record Opened(String text, boolean erased) {

        @Override
        public String toString() {
            return erased ? "Opened[erased]" : "Opened[personal data]";
        }
    }

    /** Intake did not open the texts (unreachable, or refused this service). */
    public static final class Unopened extends RuntimeException {

        Unopened(String message) {
            super(message);
        }
    }

    /** The sealed ones among {@code texts}, opened; texts that are not sealed are not asked for. */
    public Map<String, Opened> open(Collection<String> texts) {
        List<String> sealed = texts.stream().filter(SealedText::isSealed).distinct().toList();
        Map<String, Opened> opened = new HashMap<>();
        for (int from = 0; from < sealed.size(); from += BATCH) {
            List<String> batch = sealed.subList(from, Math.min(sealed.size(), from + BATCH));
            List<Opened> answers = ask(batch);
            for (int i = 0; i < batch.size(); i++) {
                opened.put(batch.get(i), answers.get(i));
            }
        }
        return opened;
    }

    private List<Opened> ask(List<String> batch) {
        HttpResponse<byte[]> answer = post(batch);
        if (answer.statusCode() == 401) {
            tokens.forget();
            answer = post(batch);
        }
        if (answer.statusCode() != 200) {
            throw new Unopened("intake answered " + answer.statusCode() + " to the request to open sealed texts");
        }
        try {
            List<Opened> opened = new ArrayList<>();
            for (JsonNode text : json.readTree(answer.body()).path("texts")) {
                opened.add(new Opened(text.path("text").isTextual() ? text.path("text").asText() : null,
                        text.path("erased").asBoolean(false)));
            }
            if (opened.size() != batch.size()) {
                throw new Unopened("intake opened " + opened.size() + " of " + batch.size() + " sealed texts");
            }
            return opened;
        } catch (IOException e) {
            throw new Unopened("intake's answer with the opened texts is not readable JSON");
        }
    }

    private HttpResponse<byte[]> post(List<String> batch) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Bearer " + tokens.current())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("texts", batch))))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unopened("intake is unreachable to open sealed texts: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unopened("interrupted while intake opened sealed texts");
        } catch (ServiceAccessTokens.Unavailable e) {
            throw new Unopened(e.getMessage());
        }
    }
}
