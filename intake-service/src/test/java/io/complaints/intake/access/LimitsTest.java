package io.complaints.intake.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.People;
import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;

/**
 * The limits every service shares (the platform's filters), tested once for the platform here, with
 * low limits: a body over the cap is refused with 413, whether its length is declared or it comes in
 * chunks; a caller over its rate gets 429 with Retry-After; health stays open, metrics need an operator.
 * Each test is its own caller, so that their allowances do not mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.limits.max-body-size=4KB", "complaints.limits.requests-per-second=1", "complaints.limits.burst=5"})
@ActiveProfiles("local")
class LimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceProperties.eventSourced(registry, "intake_test");
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    private int port;

    @Test
    void aBodyOverTheCapWithItsLengthDeclaredIsRefusedWith413() throws Exception {
        HttpResponse<String> answer = send(register("agent.sh").POST(HttpRequest.BodyPublishers.ofString(tooLarge())));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertProblem(answer, 413);
    }

    @Test
    void aChunkedBodyOverTheCapIsRefusedWith413() throws Exception {
        byte[] body = tooLarge().getBytes(StandardCharsets.UTF_8);
        // a body from a stream has no declared length: HTTP/1.1 sends it in chunks
        HttpResponse<String> answer = send(register("agent.bj").POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertProblem(answer, 413);
    }

    @Test
    void aCallerOverItsRateGets429WithRetryAfter() throws Exception {
        HttpResponse<String> refused = null;
        for (int i = 0; i < 30 && refused == null; i++) {
            HttpResponse<String> answer = send(request("/api/complaints?unit=GZ", People.bearer("coordinator.gz")).GET());
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
            }
        }

        assertThat(refused).as("a 429 within 30 requests at 1 per second, 5 at once").isNotNull();
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(send(request("/api/complaints?unit=SH", People.bearer("coordinator.sh")).GET()).statusCode())
                .as("another caller keeps its own allowance").isEqualTo(200);
    }

    @Test
    void healthIsOpenAndMetricsAreForOperators() throws Exception {
        assertThat(send(request("/actuator/health/liveness", null).GET()).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = send(request("/actuator/prometheus", null).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, 401);
        assertThat(send(request("/actuator/prometheus", People.bearer("agent.gzth")).GET()).statusCode()).isEqualTo(403);
        HttpResponse<String> operator = send(request("/actuator/prometheus", People.bearer("operator.hq")).GET());
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("jvm_");
    }

    private HttpRequest.Builder register(String person) {
        return request("/api/complaints", People.bearer(person)).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A registration form of about 8 KB: twice the cap. */
    private static String tooLarge() {
        return IntakeHttp.form("SH", 3, "13622220000", "OTHER").replace("Queue of two hours", "x".repeat(8 * 1024));
    }

    private static void assertProblem(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
    }
}
