package io.complaints.notification.complainant;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.notification.delivery.FailureText;
import io.complaints.notification.delivery.SendFailure;

/**
 * Asks intake-service for a complainant's contact, by the reference events carry: {@code GET
 * /api/complainants/{reference}/contact?purpose=NOTIFICATION}, naming this service and the complaint's
 * unit in the actor headers. Intake records every such look-up.
 */
@Component
@EnableConfigurationProperties(ComplainantProperties.class)
public class IntakeContacts {

    private final ComplainantProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    public IntakeContacts(ComplainantProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    public ComplainantContact contactOf(String reference, String unit) throws SendFailure {
        String base = properties.intakeUrl().toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/api/complainants/" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + "/contact?purpose=NOTIFICATION");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "application/json")
                .header("X-Actor-Id", properties.actorId())
                .header("X-Actor-Unit", unit)
                .GET().build();
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw SendFailure.retryable("intake unreachable for the complainant's contact: " + FailureText.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SendFailure.retryable("interrupted while asking intake for the complainant's contact");
        }
        int status = answer.statusCode();
        if (status == 404) {
            throw SendFailure.permanent("intake knows no complainant of this reference");
        }
        if (status != 200) {
            String failure = "intake answered " + status + " to the request for the complainant's contact";
            throw status >= 500 || status == 429 ? SendFailure.retryable(failure) : SendFailure.permanent(failure);
        }
        return read(answer.body());
    }

    private ComplainantContact read(byte[] body) throws SendFailure {
        try {
            JsonNode contact = json.readTree(body);
            JsonNode email = contact.path("email");
            return new ComplainantContact(email.isTextual() ? email.asText() : null,
                    contact.path("contactConsent").asBoolean(false));
        } catch (IOException e) {
            throw SendFailure.permanent("intake's answer with the complainant's contact is not readable JSON");
        }
    }
}
