package io.complaints.intake.registration;

import static io.complaints.testsupport.hostile.HostileValues.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.intake.IntakeApplication;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.intake.registration.HostilePayloads.Probe;
import io.complaints.intake.registration.RegistrationOracle.Verdict;
import io.complaints.platform.text.Texts;
import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Thousands of random and hostile requests to {@code POST /api/complaints} of intake-service running
 * for real over PostgreSQL and Kafka. Whatever comes in: never a server error; every refusal is
 * problem+json naming, for a 400, each field and the rule it breaks; a complaint is stored exactly
 * when the answer is 201 (and not a replay), and what is stored keeps the rules of the form. Callers
 * sign in with access tokens ({@link Who}): good ones of who may register the form, of who may not
 * (403, nothing stored), and bad ones (401). Where the contract makes the answer sure
 * ({@link RegistrationOracle}), it must be that answer.
 *
 * <p>jqwik runs no JUnit Jupiter extensions, so the application is started here, once. jqwik shrinks
 * in a pool thread, which it leaves running when its time is up: requests go one at a time, so that
 * such a thread cannot disturb the count of stored complaints of what follows.
 */
class HostileRegistrationPayloadsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigurableApplicationContext intake;
    private static JdbcTemplate jdbc;
    private static URI endpoint;

    @BeforeContainer
    static void startIntake() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=local",
                // Axon logs every refused registration with its stack trace; server errors still show
                "--logging.level.org.axonframework.modelling.command.AbstractRepository=ERROR",
                // one caller sends thousands of requests one after the other: the rate limit is not under test here
                "--complaints.limits.requests-per-second=100000", "--complaints.limits.burst=100000"));
        ServiceProperties.eventSourced("intake_hostile_test").forEach((key, value) -> args.add("--" + key + "=" + value));
        TestTokens.shared().resourceServerProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        intake = new SpringApplicationBuilder(IntakeApplication.class).run(args.toArray(String[]::new));
        jdbc = intake.getBean(JdbcTemplate.class);
        endpoint = URI.create("http://127.0.0.1:" + intake.getEnvironment().getProperty("local.server.port") + "/api/complaints");
    }

    @AfterContainer
    static void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Property(tries = 500)
    void validFormsAreRegistered(@ForAll("validForms") Probe probe) throws Exception {
        assertThat(probe.expected()).as("the verdict on a valid form with polite headers").isEqualTo(Verdict.CREATED);
        exchange(probe);
    }

    @Property(tries = 600)
    void brokenFormsAreRefused(@ForAll("brokenForms") Probe probe) throws Exception {
        assertThat(probe.expected()).as("the verdict on a broken form").isEqualTo(Verdict.REFUSED);
        exchange(probe);
    }

    @Property(tries = 500)
    void hostileBodiesDoNoHarm(@ForAll("hostileBodies") Probe probe) throws Exception {
        exchange(probe);
    }

    /** Hostile callers: bad tokens (401), roles and units that may not (403), junk Authorization headers. */
    @Property(tries = 400)
    void hostileHeadersDoNoHarm(@ForAll("hostileHeaders") Probe probe) throws Exception {
        exchange(probe);
    }

    @Provide
    Arbitrary<Probe> validForms() {
        return HostilePayloads.validRequests();
    }

    @Provide
    Arbitrary<Probe> brokenForms() {
        return HostilePayloads.brokenRequests();
    }

    @Provide
    Arbitrary<Probe> hostileBodies() {
        return HostilePayloads.hostileBodies();
    }

    @Provide
    Arbitrary<Probe> hostileHeaders() {
        return HostilePayloads.hostileHeaders();
    }

    /** Sends the probe and checks the answer; a failure shows what was sent, answered and stored. */
    private static void exchange(Probe probe) throws Exception {
        synchronized (HostileRegistrationPayloadsTest.class) {
            long before = storedComplaints();
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            probe.headers().forEach(request::header);
            String authorization = probe.who().authorization(probe.body());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long stored = storedComplaints() - before;
            try {
                check(probe.expected(), answer, stored);
            } catch (AssertionError failure) {
                throw new AssertionError(failure.getMessage() + "\n" + probe + "  answered " + answer.statusCode() + " "
                        + answer.headers().firstValue("Content-Type").orElse("") + ": " + shown(answer.body())
                        + "\n  complaints stored: " + stored, failure);
            }
        }
    }

    private static void check(Verdict expected, HttpResponse<String> answer, long stored) throws Exception {
        int status = answer.statusCode();
        Statistics.label("answers").collect(expected, status);
        assertThat(status).as("a server error").isLessThan(500);
        if (status < 300) {
            boolean replayed = answer.headers().firstValue("Idempotent-Replayed").orElse("").equals("true");
            assertThat(status).as("a success other than 201").isEqualTo(201);
            assertThat(stored).as("complaints stored by a 201 (replayed: %s)", replayed).isEqualTo(replayed ? 0 : 1);
            if (!replayed) {
                keepsTheRules(JSON.readTree(answer.body()).path("complaintId").asText());
            }
        } else {
            assertThat(stored).as("complaints stored by a refusal").isZero();
            assertThat(answer.headers().firstValue("Content-Type")).as("the content type of a refusal")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asText("")).as("the problem's type").isNotBlank();
            assertThat(problem.path("status").isInt()).as("the problem's status is a number").isTrue();
            assertThat(problem.path("status").asInt()).as("the problem's status").isEqualTo(status);
            if (status == 400) {
                assertThat(problem.path("errors").isArray() && !problem.path("errors").isEmpty())
                        .as("a 400 names its errors").isTrue();
                problem.path("errors").forEach(error -> assertThat(error.path("field").asText("").isEmpty()
                        || error.path("rule").asText("").isBlank()).as("an error without field or rule").isFalse());
            }
        }
        switch (expected) {
            case CREATED -> assertThat(status).as("the answer to a valid request").isEqualTo(201);
            case REFUSED -> assertThat(status).as("the answer to an invalid request").isBetween(400, 499);
            case UNAUTHENTICATED -> {
                assertThat(status).as("the answer to a request without a good token").isEqualTo(401);
                assertThat(answer.headers().firstValue("WWW-Authenticate")).as("the challenge of a 401")
                        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
            }
            case FORBIDDEN -> {
                assertThat(status).as("the answer to a caller who may not register this").isEqualTo(403);
                assertThat(JSON.readTree(answer.body()).path("errors").path(0).path("rule").asText())
                        .as("the rule of a 403").isIn("role", "unit-scope");
            }
            case EITHER -> {
                // only the invariants above
            }
        }
    }

    /** What is stored for a 201 is a valid registration itself. */
    private static void keepsTheRules(String complaintId) throws Exception {
        JsonNode view = JSON.readTree(jdbc.queryForObject(
                "SELECT view::text FROM complaint_register WHERE complaint_id = ?", String.class, complaintId));
        int level = view.path("level").asInt();
        int groupSize = view.path("groupSize").asInt();
        String description = view.path("description").asText("");
        JsonNode resolved = view.path("resolvedAtIntake");
        JsonNode complainant = view.path("complainant");
        String stored = "stored " + shown(view.toString()) + ": ";
        new TreeMap<>(Map.of(
                "the unit exists", intake.getBean(UnitDirectory.class).find(view.path("unitCode").asText()).isPresent(),
                "the level is 1 to 4", level >= 1 && level <= 4,
                "the group size is 1 to 100000", groupSize >= 1 && groupSize <= 100_000,
                "a group complaint is major", groupSize < 5 || level == 1,
                "the description has text, at most 4000 chars", Texts.hasText(description) && description.length() <= 4000,
                "only a minor complaint is resolved at intake, by an action", resolved.isNull()
                        || level == 4 && Texts.hasText(resolved.asText()),
                "the complainant has a name", Texts.hasText(complainant.path("maskedName").asText()),
                "the complainant can be reached", complainant.path("maskedPhone").isTextual()
                        || complainant.path("maskedEmail").isTextual(),
                "REPEAT_COMPLAINT exactly when intake found a repeat",
                view.path("prioritySources").toString().contains("REPEAT_COMPLAINT") == view.path("repeatOf").isObject()))
                .forEach((rule, holds) -> assertThat(holds).as(stored + rule).isTrue());
        plainText(view, stored);
    }

    private static void plainText(JsonNode node, String as) {
        if (node.isTextual()) {
            assertThat(Texts.firstForbidden(node.asText())).as(as + "a control character or override").isNegative();
        }
        node.forEach(child -> plainText(child, as));
    }

    private static long storedComplaints() {
        return jdbc.queryForObject("SELECT count(*) FROM complaint_register", Long.class);
    }
}
