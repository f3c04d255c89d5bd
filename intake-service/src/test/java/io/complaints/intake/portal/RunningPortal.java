package io.complaints.intake.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;

/**
 * intake-service running for real (PostgreSQL, Kafka) with the portal, its e-mails caught in a
 * {@link Mailbox}, and a browser-like client per complainant: its own address (as the gateway forwards
 * it) and its own session cookie, so that tests do not share allowances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"complaints.portal.email-code-interval=0s",
                // a consumer group of its own for handling's events: other test classes' services, still
                // running in this JVM on databases of their own, would otherwise take the portal's records
                "spring.application.name=intake-service-portal"})
@ActiveProfiles("local")
@Import(RunningPortal.CaughtMail.class)
abstract class RunningPortal {

    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceProperties.eventSourced(registry, "intake_test");
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @TestConfiguration
    static class CaughtMail {
        @Bean
        @Primary
        Mailbox mailbox() {
            return new Mailbox();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcTemplate jdbc;

    /** A new browser from a new address. */
    Browser browser() {
        int n = BROWSERS.incrementAndGet();
        return new Browser("10.9." + (n / 250) + "." + (n % 250 + 1));
    }

    private static final java.util.concurrent.atomic.AtomicInteger BROWSERS =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 10_000));

    /** A fresh e-mail address. */
    static String freshEmail() {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String filing(String unit, String email, String code) {
        return """
                {"unitCode":"%s","category":"BILLING","description":"Billed twice for October",
                 "demand":"Refund the second charge","complainant":{"name":"张三","phone":"13812345678",
                 "email":"%s","contactConsent":true},"emailCode":"%s"}""".formatted(unit, email, code);
    }

    /** Files a complaint as a complainant does: code, then the form; answers the browser, in session. */
    Filed file(Browser browser, String unit) throws Exception {
        String email = freshEmail();
        browser.post("/api/portal/email-codes", "{\"email\":\"" + email + "\"}");
        HttpResponse<String> filed = browser.post("/api/portal/complaints", filing(unit, email,
                mailbox.lastEmailCode(email)));
        if (filed.statusCode() != 201) {
            throw new AssertionError("not filed: " + filed.statusCode() + " " + filed.body());
        }
        JsonNode body = JSON.readTree(filed.body());
        String number = body.get("registrationNumber").asText();
        String complaintId = jdbc.queryForObject(
                "select complaint_id from portal_tracking_code where registration_number = ?", String.class, number);
        return new Filed(complaintId, number, body.get("trackingCode").asText(), email);
    }

    record Filed(String complaintId, String registrationNumber, String trackingCode, String email) {
    }

    int complaintsRegistered() {
        return jdbc.queryForObject("select count(*) from portal_tracking_code", Integer.class)
                + jdbc.queryForObject("select count(*) from DomainEventEntry where payloadType like '%ComplaintRegistered'",
                Integer.class);
    }

    /** A browser: one caller address, the cookie the portal set. */
    final class Browser {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final String address;
        String cookie;

        Browser(String address) {
            this.address = address;
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("Set-Cookie").filter(c -> c.startsWith(PortalSessions.COOKIE + "="))
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            return response;
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address);
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return request;
        }
    }
}
