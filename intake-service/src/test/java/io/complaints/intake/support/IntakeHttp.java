package io.complaints.intake.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.complaints.intake.registration.Registration;

/** What intake's users do over HTTP, signed in, for the tests that run intake for real. */
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

    /** Registered by the unit's own intake agent. */
    public Registration register(String unit, int level, String phone) {
        ResponseEntity<Registration> response = post("/api/complaints", form(unit, level, phone, "SERVICE_QUALITY"), null,
                unit, Registration.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** Posts as the intake agent of SH-PD. */
    public <T> ResponseEntity<T> post(String path, String body, String idempotencyKey, Class<T> answer) {
        return post(path, body, idempotencyKey, "SH-PD", answer);
    }

    /** Posts as the intake agent of {@code actorUnit}. */
    public <T> ResponseEntity<T> post(String path, String body, String idempotencyKey, String actorUnit,
                                      Class<T> answer) {
        return postAs(People.agentOf(actorUnit), path, body, idempotencyKey, answer);
    }

    /** Posts JSON as {@code person} (see {@link People}). */
    public <T> ResponseEntity<T> postAs(String person, String path, String body, String idempotencyKey,
                                        Class<T> answer) {
        var headers = signedIn(person);
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), answer);
    }

    /** Gets as {@code person}. */
    public <T> ResponseEntity<T> getAs(String person, String path, Class<T> answer) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(signedIn(person)), answer);
    }

    /** Headers with the person's access token; none for a null person. */
    public static HttpHeaders signedIn(String person) {
        var headers = new HttpHeaders();
        if (person != null) {
            headers.set(HttpHeaders.AUTHORIZATION, People.bearer(person));
        }
        return headers;
    }
}
