package io.complaints.handling.api;

import static io.complaints.testsupport.hostile.HostileValues.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.handling.HandlingApplication;
import io.complaints.handling.HandlingTestProperties;
import io.complaints.handling.api.HostileCaseRequests.Probe;
import io.complaints.platform.Role;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.hostile.HostileAnswers;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and hostile requests to every step of a case ({@code POST /api/cases/{caseId}/...}) of
 * handling-service running for real over PostgreSQL and Kafka, on a pool of cases at every stage of
 * their lifecycle. Whatever comes in: never a server error; every refusal is problem+json, naming for a
 * 400 each field and the rule it breaks; a refusal appends nothing to the case's events; a success is
 * 204. The pool's cases move on as well-formed steps succeed, so that later steps meet them at other
 * stages.
 *
 * <p>jqwik runs no JUnit Jupiter extensions, so the application is started here, once; requests go one
 * at a time (see the registration's property test in intake).
 */
class HostileCaseCommandsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final TestTokens TOKENS = TestTokens.shared();

    private static ConfigurableApplicationContext handling;
    private static JdbcTemplate jdbc;
    private static String base;
    private static final Map<String, String> POOL = new TreeMap<>();

    @BeforeContainer
    static void startHandling() {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                // Axon logs every refused command with its stack trace; server errors still show
                "--logging.level.org.axonframework.modelling.command.AbstractRepository=ERROR",
                "--complaints.limits.requests-per-second=100000", "--complaints.limits.burst=100000"));
        HandlingTestProperties.of("handling_hostile_test").forEach((key, value) -> args.add("--" + key + "=" + value));
        handling = new SpringApplicationBuilder(HandlingApplication.class).run(args.toArray(String[]::new));
        jdbc = handling.getBean(JdbcTemplate.class);
        base = "http://127.0.0.1:" + handling.getEnvironment().getProperty("local.server.port");
        CaseDriver driver = new CaseDriver(handling.getBean(CommandGateway.class));
        for (CaseDriver.Stage stage : CaseDriver.Stage.values()) {
            POOL.put(stage.name(), driver.caseAt(stage, "SH-PD"));
        }
        String approved = driver.caseAt(CaseDriver.Stage.AWAITING_APPROVAL, "SH-PD");
        driver.approve(approved, "SH");
        POOL.put("REMEDY_APPROVED", approved);
    }

    @AfterContainer
    static void stopHandling() {
        if (handling != null) {
            handling.close();
        }
    }

    @Property(tries = 400)
    void wellFormedStepsAreTakenOrRefusedAsProblems(@ForAll("wellFormed") Probe probe) throws Exception {
        exchange(probe);
    }

    @Property(tries = 500)
    void hostileBodiesAreRefusedAndChangeNothing(@ForAll("hostileBodies") Probe probe) throws Exception {
        exchange(probe);
    }

    @Property(tries = 300)
    void hostileIdsAndCallersChangeNothing(@ForAll("hostileTargets") Probe probe) throws Exception {
        exchange(probe);
    }

    /** Found by the properties: Tomcat's multipart parsing failed before any controller, answered 500. */
    @Example
    void aBodyDeclaredMultipartWithoutABoundaryIsRefusedNamingTheRule() throws Exception {
        String caseId = POOL.get(CaseDriver.Stage.AWAITING_TRIAGE.name());
        Probe probe = new Probe("multipart without a boundary", HostileCaseRequests.STEPS.getFirst(), "AWAITING_TRIAGE",
                caseId, "1", "{\"level\":3,\"responsibleDepartment\":\"billing\"}".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data", new HostileCaseRequests.TestCaller(Role.COORDINATOR, "SH-PD"));

        JsonNode problem = exchange(probe);

        assertThat(problem).as("the answer is a refusal").isNotNull();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("rule")).containsExactly("multipart");
    }

    /** Found by the properties: Tomcat refused an encoded slash in the path itself, with an HTML page. */
    @Example
    void anEncodedSlashInTheCaseIdIsRefusedAsAMalformedAddress() throws Exception {
        Probe probe = new Probe("encoded slash", HostileCaseRequests.STEPS.getFirst(), "hostile id", "a/../b", "1",
                "{\"level\":3,\"responsibleDepartment\":\"billing\"}".getBytes(StandardCharsets.UTF_8),
                "application/json", new HostileCaseRequests.TestCaller(Role.COORDINATOR, "SH-PD"));

        JsonNode problem = exchange(probe);

        assertThat(problem).as("the answer is a refusal").isNotNull();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("rule")).containsExactly("malformed-path");
    }

    /** Found by the properties: Tomcat refused an encoded NUL in the path itself, with an HTML page. */
    @Example
    void anEncodedNulInTheCaseIdIsRefusedAsAMalformedRequest() throws Exception {
        Probe probe = new Probe("encoded NUL", HostileCaseRequests.STEPS.getFirst(), "hostile id", "\u0000", "1",
                "{\"level\":3,\"responsibleDepartment\":\"billing\"}".getBytes(StandardCharsets.UTF_8),
                "application/json", new HostileCaseRequests.TestCaller(Role.COORDINATOR, "SH-PD"));

        JsonNode problem = exchange(probe);

        assertThat(problem).as("the answer is a refusal").isNotNull();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("rule")).containsExactly("malformed-request");
    }

    @Provide
    Arbitrary<Probe> wellFormed() {
        return HostileCaseRequests.wellFormed(POOL);
    }

    @Provide
    Arbitrary<Probe> hostileBodies() {
        return HostileCaseRequests.hostileBodies(POOL);
    }

    @Provide
    Arbitrary<Probe> hostileTargets() {
        return HostileCaseRequests.hostileTargets(POOL);
    }

    /** Sends the probe and checks the answer; the problem it was answered with, or null for a success. */
    private static JsonNode exchange(Probe probe) throws Exception {
        synchronized (HostileCaseCommandsTest.class) {
            long before = eventsOf(probe.caseId());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", TOKENS.of(CaseDriver.idOf(probe.caller().role(), probe.caller().unit()),
                            probe.caller().unit(), probe.caller().role().name())
                            .department(CaseDriver.departmentOf(probe.caller().role())).bearer())
                    .POST(probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            if (probe.contentType() != null) {
                request.header("Content-Type", probe.contentType());
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long appended = eventsOf(probe.caseId()) - before;
            try {
                Statistics.label("answers").collect(probe.step().path(), answer.statusCode());
                JsonNode problem = HostileAnswers.check(answer);
                if (answer.statusCode() < 300) {
                    assertThat(answer.statusCode()).as("a success other than 204").isEqualTo(204);
                } else {
                    assertThat(appended).as("events appended to the case by a refusal").isZero();
                }
                return problem;
            } catch (AssertionError failure) {
                throw new AssertionError(failure.getMessage() + "\n" + probe + "  answered " + answer.statusCode() + " "
                        + answer.headers().firstValue("Content-Type").orElse("") + ": " + shown(answer.body())
                        + "\n  events appended: " + appended, failure);
            }
        }
    }

    private static long eventsOf(String caseId) {
        if (caseId.indexOf('\u0000') >= 0) {
            return 0; // PostgreSQL holds no text with a NUL: no case has such an id
        }
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, caseId);
    }
}
