package io.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;

/**
 * The complainant self-service portal against the whole running system: a complaint filed online with
 * the e-mailed code is an ordinary registration the branch handles; the complainant follows it with the
 * number and tracking code, declines the first remedy with a reason and accepts the second, and answers
 * the callback satisfied, each recorded in the case with the complainant as the actor; the case closes
 * and the statistics count the callback. A guessed code opens nothing.
 */
@ExtendWith(RunningSystem.class)
class PortalJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system = RunningSystem.get();
    private final Api nobody = new Api(system);
    private final Api coordinator = nobody.as("shpd.coordinator");
    private final Api handler = nobody.as("shpd.handler");
    private final Api analyst = nobody.as("hq.analyst");

    @Test
    void aComplaintFiledOnlineIsHandledAndAnsweredOnlineToTheEnd() throws Exception {
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        long callbacksBefore = satisfiedCallbacks(period);
        Complainant complainant = new Complainant();
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        assertThat(complainant.post("/api/portal/email-codes", "{\"email\":\"" + email + "\"}").statusCode()).isEqualTo(202);
        String code = await("the e-mail code").atMost(Duration.ofSeconds(30))
                .until(() -> last(email, "验证码是 ([0-9]{6})"), found -> found != null);
        HttpResponse<String> filed = complainant.post("/api/portal/complaints", """
                {"unitCode":"SH-PD","category":"BILLING","description":"Billed twice for October",
                 "demand":"Refund the second charge","complainant":{"name":"张三","phone":"13812345678",
                 "email":"%s","contactConsent":true},"emailCode":"%s"}""".formatted(email, code));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String number = JSON.readTree(filed.body()).path("registrationNumber").asText();
        String trackingCode = JSON.readTree(filed.body()).path("trackingCode").asText();
        assertThat(await("the tracking code e-mailed").atMost(Duration.ofSeconds(30))
                .until(() -> last(email, "Tracking code: ([A-Z0-9-]+)"), found -> found != null)).isEqualTo(trackingCode);

        // the branch sees it at once, as any registration from the website
        JsonNode registered = coordinator.get(RunningSystem.INTAKE, "/api/complaints/by-number/" + number).json();
        assertThat(registered.path("channel").asText()).isEqualTo("WEBSITE");
        String id = registered.path("complaintId").asText();
        await("the case is opened").atMost(Duration.ofSeconds(30))
                .until(() -> coordinator.get(RunningSystem.HANDLING, "/api/cases/" + id).status() == 200);

        // a guessed code opens nothing; the right one opens it from another browser
        Complainant guesser = new Complainant();
        assertThat(guesser.post("/api/portal/session", session(number, "AAAA-BBBB-CCCC")).statusCode()).isEqualTo(400);
        assertThat(guesser.get("/api/portal/complaint").statusCode()).isEqualTo(401);
        Complainant later = new Complainant();
        assertThat(later.post("/api/portal/session", session(number, trackingCode)).statusCode()).isEqualTo(200);

        step(coordinator, id, "/triage", "{\"level\":3,\"responsibleDepartment\":\"billing\"}");
        step(coordinator, id, "/assignment",
                "{\"handlerId\":\"shpd.handler\",\"handlerName\":\"Handler of Pudong\",\"handlerDepartment\":\"billing\"}");
        awaitStatus(later, "INVESTIGATING");
        step(handler, id, "/contact", "{\"note\":\"called the complainant\"}");
        step(handler, id, "/findings", "{\"findings\":\"the October bill was issued twice\",\"causeCode\":\"BILLING-ERROR\"}");
        propose(id, "refund the second charge");
        JsonNode offered = awaitStatus(later, "OFFERED");
        assertThat(offered.path("remedy").path("measures").asText()).isEqualTo("refund the second charge");
        assertThat(offered.toString()).doesNotContain("shpd.handler").doesNotContain("Handler of Pudong");

        assertThat(later.post("/api/portal/complaint/remedy-decision", "{\"accepted\":false,\"reason\":\"too little\"}")
                .statusCode()).isEqualTo(200);
        await("handling records the complainant's decline").atMost(Duration.ofSeconds(30))
                .until(() -> status(id).equals("INVESTIGATING"));
        propose(id, "refund the second charge and a voucher");
        awaitStatus(later, "OFFERED");
        assertThat(later.post("/api/portal/complaint/remedy-decision", "{\"accepted\":true}").statusCode()).isEqualTo(200);
        await("handling records the complainant's acceptance").atMost(Duration.ofSeconds(30))
                .until(() -> status(id).equals("ACCEPTED"));

        step(handler, id, "/remedy/execution", "{\"result\":\"refunded, voucher sent\"}");
        step(coordinator, id, "/callback/instruction", "{}");
        awaitStatus(later, "CALLBACK_DUE");
        assertThat(later.post("/api/portal/complaint/callback",
                "{\"satisfaction\":\"SATISFIED\",\"timelinessSatisfaction\":\"FAIRLY_SATISFIED\"}").statusCode())
                .isEqualTo(200);
        await("handling records the online callback and closes the case").atMost(Duration.ofSeconds(30))
                .until(() -> status(id).equals("CLOSED"));

        JsonNode closed = awaitStatus(later, "CLOSED");
        assertThat(closed.findValuesAsText("step")).contains("FILED", "TRIAGED", "REMEDY_OFFERED", "REMEDY_DECLINED",
                "REMEDY_ACCEPTED", "CALLBACK_DONE", "CLOSED");
        assertThat(closed.toString()).contains("\"step\":\"CALLBACK_DONE\",\"role\":\"COMPLAINANT\"");
        await("the statistics count the callback").atMost(Duration.ofSeconds(60))
                .until(() -> satisfiedCallbacks(period) >= callbacksBefore + 1);
    }

    private void propose(String id, String measures) {
        step(handler, id, "/remedies", "{\"measures\":\"%s\",\"responsiblePerson\":\"shpd.handler\",\"dueDate\":\"%s\"}"
                .formatted(measures, LocalDate.now().plusDays(2)));
        step(handler, id, "/remedy/offer", "{}");
    }

    private String status(String id) {
        return coordinator.get(RunningSystem.HANDLING, "/api/cases/" + id).json().path("status").asText();
    }

    private long satisfiedCallbacks(String period) {
        Api.Answer answer = analyst.get(RunningSystem.ANALYTICS, "/api/statistics?unit=SH-PD&period=" + period);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().findValue("satisfaction").path("numerator").asLong();
    }

    private JsonNode awaitStatus(Complainant complainant, String status) {
        // the portal allows an address 30 requests a minute: look every 2.5 s
        return await("the portal shows " + status).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2500))
                .until(() -> JSON.readTree(complainant.get("/api/portal/complaint").body()),
                        complaint -> status.equals(complaint.path("status").asText()));
    }

    private String last(String email, String pattern) {
        String found = null;
        for (var mail : system.mail().to(email)) {
            Matcher matcher = Pattern.compile(pattern).matcher(mail.text());
            if (matcher.find()) {
                found = matcher.group(1);
            }
        }
        return found;
    }

    private static String session(String number, String code) {
        return "{\"registrationNumber\":\"" + number + "\",\"trackingCode\":\"" + code + "\"}";
    }

    private static void step(Api actor, String caseId, String step, String body) {
        Api.Answer answer = actor.post(RunningSystem.HANDLING, "/api/cases/" + caseId + step, body);
        assertThat(answer.status()).as(step + " answered " + answer.body()).isIn(200, 201, 202, 204);
    }

    /** A complainant's browser: its own cookies (the portal's session), talking to intake's portal API. */
    private final class Complainant {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return system.uri(RunningSystem.INTAKE, path);
        }
    }
}
