package io.complaints.e2e.console;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;

/**
 * What the portal's browser test cannot do in the complainant's browser, on 127.0.0.1 for that test only:
 * read the complainant's mailbox (the system's mail catcher) and do the branch's part of the case after
 * triage through the services' APIs, as the Pudong branch's staff (the coordinator triages it in the
 * console, in the browser). Each answer waits for its condition (the code e-mailed, the status reached)
 * before it is given. Every call is a POST with a JSON body, so that no address or other personal data
 * goes into a URL; nothing of a body is logged.
 */
final class BranchDesk implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final RunningSystem system;
    private final Api coordinator;
    private final Api handler;
    private final Api analyst;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    BranchDesk(RunningSystem system) {
        this.system = system;
        Api nobody = new Api(system);
        coordinator = nobody.as("shpd.coordinator");
        handler = nobody.as("shpd.handler");
        analyst = nobody.as("hq.analyst");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Function<JsonNode, Object>> routes = Map.of(
                "/mail/code", body -> Map.of("code", mailed(body.path("email").asText(), "验证码是 ([0-9]{6})")),
                "/mail/tracking-code", body -> Map.of("trackingCode",
                        mailed(body.path("email").asText(), "Tracking code: ([A-Z0-9-]+)")),
                "/branch/investigate", body -> investigate(body.path("number").asText()),
                "/branch/offer", body -> offer(body.path("number").asText(), body.path("measures").asText()),
                "/branch/await", body -> awaitStatus(body.path("number").asText(), body.path("status").asText()),
                "/branch/carry-out", body -> carryOut(body.path("number").asText()),
                "/statistics/satisfied", body -> Map.of("count", satisfiedCallbacks()),
                "/statistics/await-satisfied", body -> Map.of("count", await("the statistics count the callback")
                        .atMost(WAIT).until(this::satisfiedCallbacks, count -> count >= body.path("atLeast").asLong())));
        routes.forEach((path, route) -> server.createContext(path, exchange -> answer(exchange, route)));
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange, Function<JsonNode, Object> route) throws IOException {
        try (exchange) {
            int status;
            byte[] body;
            try {
                if (!exchange.getRequestMethod().equals("POST")) {
                    throw new IllegalArgumentException("POST only");
                }
                Object result = route.apply(JSON.readTree(exchange.getRequestBody()));
                status = 200;
                body = JSON.writeValueAsBytes(result);
            } catch (RuntimeException | AssertionError failed) {
                // what went wrong, for the browser test's report: the step and the service's answer, not the request
                status = 500;
                body = JSON.writeValueAsBytes(Map.of("error", String.valueOf(failed.getMessage())));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The last value the pattern finds in the e-mails to this address, once one is there. */
    private String mailed(String email, String pattern) {
        Pattern compiled = Pattern.compile(pattern);
        return await("an e-mail to the complainant").atMost(Duration.ofSeconds(30)).until(() -> {
            String found = null;
            for (var mail : system.mail().to(email)) {
                Matcher matcher = compiled.matcher(mail.text());
                if (matcher.find()) {
                    found = matcher.group(1);
                }
            }
            return found;
        }, found -> found != null);
    }

    /** The handler contacts the complainant and records the findings with their cause. */
    private Map<String, String> investigate(String number) {
        String id = caseId(number);
        step(handler, id, "/contact", "{\"note\":\"called the complainant\"}");
        step(handler, id, "/findings", "{\"findings\":\"the October bill was issued twice\",\"causeCode\":\"BILLING-ERROR\"}");
        return Map.of();
    }

    /** The handler proposes a remedy and offers it (level 3: no approval). */
    private Map<String, String> offer(String number, String measures) {
        String id = caseId(number);
        step(handler, id, "/remedies", "{\"measures\":%s,\"responsiblePerson\":\"shpd.handler\",\"dueDate\":\"%s\"}"
                .formatted(quoted(measures), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2)));
        step(handler, id, "/remedy/offer", "{}");
        return Map.of();
    }

    /** The remedy carried out; the coordinator instructs the callback (the complainant may answer it online). */
    private Map<String, String> carryOut(String number) {
        String id = caseId(number);
        step(handler, id, "/remedy/execution", "{\"result\":\"refunded, voucher sent\"}");
        step(coordinator, id, "/callback/instruction", "{}");
        return Map.of();
    }

    /** Waits until handling's case has this status: what the complainant did online is recorded there. */
    private Map<String, String> awaitStatus(String number, String status) {
        String id = caseId(number);
        await("the case is " + status).atMost(WAIT).until(
                () -> coordinator.get(RunningSystem.HANDLING, "/api/cases/" + id).json().path("status").asText(),
                status::equals);
        return Map.of("status", status);
    }

    private long satisfiedCallbacks() {
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.Answer answer = analyst.get(RunningSystem.ANALYTICS, "/api/statistics?unit=SH-PD&period=" + period);
        if (answer.status() != 200) {
            throw new IllegalStateException("the statistics answered " + answer.status());
        }
        return answer.json().findValue("satisfaction").path("numerator").asLong();
    }

    private String caseId(String number) {
        Api.Answer answer = coordinator.get(RunningSystem.INTAKE, "/api/complaints/by-number/" + number);
        if (answer.status() != 200) {
            throw new IllegalStateException("intake does not find the complaint: " + answer.status());
        }
        return answer.json().path("complaintId").asText();
    }

    private static void step(Api actor, String caseId, String step, String body) {
        Api.Answer answer = actor.post(RunningSystem.HANDLING, "/api/cases/" + caseId + step, body);
        if (answer.status() < 200 || answer.status() > 204) {
            throw new IllegalStateException(step + " answered " + answer.status() + " " + answer.body());
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
