package io.complaints.intake.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.complaints.intake.registration.Registration;

/** What a branch's intake agent does over HTTP, for the tests that run intake for real. */
public final class IntakeHttp {

    private final TestRestTemplate http;

    public IntakeHttp(TestRestTemplate http) {
        this.http = http;
    }

    public static String form(String unit, int level, String phone, String category) {
        return """
                {"unitCode":"%s","channel":"VISIT","category":"%s","level":%d,
                 "description":"Queue of two hours","complainant":{"name":"王五","phone":"%s"}}"""
                .formatted(unit, category, level, phone);
    }

    public Registration register(String unit, int level, String phone) {
        ResponseEntity<Registration> response = post("/api/complaints", form(unit, level, phone, "SERVICE_QUALITY"), null,
                unit, Registration.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    public <T> ResponseEntity<T> post(String path, String body, String idempotencyKey, Class<T> answer) {
        return post(path, body, idempotencyKey, "SH-PD", answer);
    }

    /** Posts as an agent of {@code actorUnit}. */
    public <T> ResponseEntity<T> post(String path, String body, String idempotencyKey, String actorUnit,
                                      Class<T> answer) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor-Id", "agent.wang");
        headers.set("X-Actor-Unit", actorUnit);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), answer);
    }
}
