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
import io.complaints.platform.security.ServiceAccessTokens;

/**
 * Asks intake-service for a complainant's contact, by the reference events carry: {@code GET
 * /api/complainants/{reference}/contact?purpose=NOTIFICATION}, as this service (a client-credentials
 * access token, role SERVICE). Intake records every such look-up with the token's subject.
 */
@Component
@EnableConfigurationProperties(ComplainantProperties.class)
public class IntakeContacts {

    private final ComplainantProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ServiceAccessTokens tokens;

    public IntakeContacts(ComplainantProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.tokens = new ServiceAccessTokens("intake", "notification-service", properties.clientId(),
                properties.clientSecret(), properties.tokenUri(), properties.timeout());
    }

    public ComplainantContact contactOf(String reference) throws SendFailure {
        String base = properties.intakeUrl().toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/api/complainants/" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + "/contact?purpose=NOTIFICATION");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token())
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
        if (status == 401) {
            tokens.forget();
            throw SendFailure.retryable("intake did not accept this service's access token; a new one is asked for");
        }
        if (status == 404) {
            throw SendFailure.permanent("intake knows no complainant of this reference");
        }
        if (status != 200) {
            String failure = "intake answered " + status + " to the request for the complainant's contact";
            throw status >= 500 || status == 429 ? SendFailure.retryable(failure) : SendFailure.permanent(failure);
        }
        return read(answer.body());
    }

    private String token() throws SendFailure {
        try {
            return tokens.current();
        } catch (ServiceAccessTokens.Unavailable unavailable) {
            throw SendFailure.retryable(unavailable.getMessage());
        }
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
