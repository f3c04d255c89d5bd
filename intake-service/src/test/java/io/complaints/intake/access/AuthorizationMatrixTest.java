package io.complaints.intake.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.People;
import io.complaints.intake.support.RunningIntake;
import io.complaints.testsupport.OperatorEndpoints;
import io.complaints.testsupport.TestTokens;

/**
 * Every endpoint under /api of intake, as the service maps them, against every kind of caller: no
 * token, a token expired, of another issuer, forged, of another audience; then valid tokens of the
 * right role in another branch, the complaint's own branch, its subsidiary and headquarters, and of
 * a role that may not. The table of expectations names every endpoint once; an endpoint added
 * without a row fails the test. Each case runs on a complaint of SH-PD of its own, and a refusal
 * changes nothing.
 */
class AuthorizationMatrixTest extends RunningIntake {

    enum Caller { NO_TOKEN, EXPIRED, WRONG_ISSUER, FORGED, WRONG_AUDIENCE, OTHER_BRANCH, OWN_BRANCH, PARENT_UNIT, HQ, WRONG_ROLE }

    /**
     * One endpoint: who holds the right role (a sample person's first part: agent, callback...), who
     * holds a role that may not, and the answers to the five valid callers (the five broken tokens get 401).
     */
    record Row(String endpoint, String role, String wrongRole, int otherBranch, int ownBranch, int parentUnit, int hq,
               int wrongRoleAnswer) {

        int expected(Caller caller) {
            return switch (caller) {
                case OTHER_BRANCH -> otherBranch;
                case OWN_BRANCH -> ownBranch;
                case PARENT_UNIT -> parentUnit;
                case HQ -> hq;
                case WRONG_ROLE -> wrongRoleAnswer;
                default -> 401;
            };
        }
    }

    /** The complaint of every case is SH-PD's; the other branch is BJ-CY, the parent unit SH. */
    private static final List<Row> TABLE = List.of(
            new Row("POST /api/complaints", "agent", "handler", 403, 201, 403, 201, 403),
            new Row("GET /api/complaints", "agent", "analyst", 403, 200, 200, 200, 403),
            new Row("GET /api/complaints/{complaintId}", "agent", "analyst", 404, 200, 200, 200, 403),
            new Row("GET /api/complaints/by-number/{registrationNumber}", "agent", "analyst", 404, 200, 200, 200, 403),
            new Row("GET /api/complaints/{complaintId}/history", "agent", "analyst", 404, 200, 200, 200, 403),
            new Row("POST /api/complaints/{complaintId}/amendments", "agent", "handler", 404, 204, 204, 204, 403),
            new Row("POST /api/complaints/{complaintId}/withdrawal", "coordinator", "handler", 404, 204, 204, 204, 403),
            new Row("POST /api/complaints/{complaintId}/evidence", "handler", "operator", 404, 201, 201, 201, 403),
            new Row("GET /api/complaints/{complaintId}/evidence", "handler", "analyst", 404, 200, 200, 200, 403),
            new Row("GET /api/complaints/{complaintId}/evidence/{evidenceId}", "approver", "operator", 404, 200, 200, 200,
                    403),
            new Row("GET /api/complainants/{reference}/contact", "callback", "agent", 404, 200, 200, 200, 403),
            new Row("POST /api/complainants/{reference}/erasure", "coordinator", "agent", 404, 204, 204, 204, 403),
            new Row("POST /api/personal-data/opened", "service", "analyst", 200, 200, 200, 200, 403));

    /** The complainant portal's endpoints: no token, guarded by the portal (io.complaints.intake.portal tests). */
    private static final Set<String> PORTAL = Set.of("GET /api/portal/units", "POST /api/portal/email-codes",
            "POST /api/portal/complaints", "POST /api/portal/session", "DELETE /api/portal/session",
            "GET /api/portal/complaint", "POST /api/portal/complaint/withdrawal", "POST /api/portal/complaint/information",
            "POST /api/portal/complaint/evidence", "POST /api/portal/complaint/remedy-decision",
            "POST /api/portal/complaint/callback");

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Test
    void aStaffTokenOpensNothingInThePortalWithoutTheComplaintsSession() {
        Map<String, String> bodies = Map.of("GET /api/portal/complaint", "",
                "POST /api/portal/complaint/withdrawal", "{\"reason\":\"r\"}",
                "POST /api/portal/complaint/information", "{\"text\":\"t\"}",
                "POST /api/portal/complaint/remedy-decision", "{\"accepted\":true}",
                "POST /api/portal/complaint/callback", "{\"satisfaction\":\"SATISFIED\"}");
        for (String endpoint : bodies.keySet()) {
            Fixture complaint = fixture(false);
            Map<String, Long> before = state(complaint);
            for (String person : new String[]{null, "coordinator.hq", "agent.shpd"}) {
                HttpHeaders headers = IntakeHttp.signedIn(person);
                headers.setContentType(MediaType.APPLICATION_JSON);
                String[] methodAndPath = endpoint.split(" ");
                ResponseEntity<String> answer = rest.exchange(methodAndPath[1], HttpMethod.valueOf(methodAndPath[0]),
                        new HttpEntity<>(endpoint.startsWith("POST") ? bodies.get(endpoint) : null, headers), String.class);
                assertThat(answer.getStatusCode().value()).as("%s as %s", endpoint, person).isEqualTo(401);
                assertThat(answer.getHeaders().getContentType()).isNotNull()
                        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
            assertThat(state(complaint)).isEqualTo(before);
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSaysAndARefusalChangesNothing() {
        Set<String> tabled = TABLE.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        Set<String> signedIn = mappedEndpoints().stream().filter(endpoint -> !PORTAL.contains(endpoint))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(tabled).as("the table names every endpoint under /api exactly once, the portal's aside")
                .isEqualTo(signedIn).hasSize(TABLE.size());
        assertThat(mappedEndpoints().stream().filter(endpoint -> endpoint.contains("/api/portal/")))
                .as("the portal's endpoints, open without a token and guarded by the portal itself")
                .containsExactlyInAnyOrderElementsOf(PORTAL);

        SoftAssertions softly = new SoftAssertions();
        Map<Integer, Integer> answers = new TreeMap<>();
        for (Row row : TABLE) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected(caller);
                Case done = run(row, caller);
                answers.merge(done.status(), 1, Integer::sum);
                softly.assertThat(done.status()).as("%s as %s (%s)", row.endpoint(), caller, done.person())
                        .isEqualTo(expected);
                if (expected >= 400) {
                    softly.assertThat(done.problem()).as("%s as %s: a problem+json refusal", row.endpoint(), caller)
                            .isTrue();
                    softly.assertThat(done.changed()).as("%s as %s: what a refusal changed", row.endpoint(), caller)
                            .isEmpty();
                }
                if (expected == 401) {
                    softly.assertThat(done.challenge()).as("%s as %s: the Bearer challenge", row.endpoint(), caller)
                            .startsWith("Bearer");
                }
            }
        }
        int cases = answers.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("authorization matrix: " + cases + " cases: " + answers.entrySet().stream()
                .map(answer -> answer.getKey() + "=" + answer.getValue()).collect(Collectors.joining(" ")));
        assertThat(cases).isEqualTo(TABLE.size() * Caller.values().length);
        softly.assertAll();
    }

    @Test
    void theOperatorsEndpointsAnswerNobodyButOperators() throws Exception {
        Set<String> operators = OperatorEndpoints.among(OperatorEndpoints.mappedBy(mappings));

        assertThat(operators).contains("POST /api/admin/republish");
        OperatorEndpoints.refuseAllButOperators(operators, (method, path, authorization) -> {
            var headers = new HttpHeaders();
            if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
            }
            return rest.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(headers),
                    String.class).getStatusCode().value();
        });
    }

    @Test
    void theAuditTrailAnswersNobodyButAuditorsAndOperators() throws Exception {
        Set<String> audit = OperatorEndpoints.auditAmong(OperatorEndpoints.mappedBy(mappings));

        assertThat(audit).contains("GET /api/audit/verify", "POST /api/audit/checkpoints/compare");
        OperatorEndpoints.refuseAllButAuditors(audit, (method, path, authorization) -> {
            var headers = new HttpHeaders();
            if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
            }
            return rest.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(headers),
                    String.class).getStatusCode().value();
        });
        for (String role : List.of("AUDITOR", "OPERATOR")) {
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.AUTHORIZATION, TestTokens.shared().of("hq.someone", "HQ", role).bearer());
            assertThat(rest.exchange("/api/audit/verify", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                    .getStatusCode().value()).as("GET /api/audit/verify as " + role).isEqualTo(200);
        }
    }

    private Set<String> mappedEndpoints() {
        return OperatorEndpoints.ownApiOf(mappings);
    }

    /** What a case did: the answer, and what changed although it was refused. */
    record Case(String person, int status, boolean problem, String challenge, List<String> changed) {
    }

    private Case run(Row row, Caller caller) {
        Fixture complaint = fixture(row.endpoint().contains("{evidenceId}"));
        String person = person(row, caller);
        Map<String, Long> before = state(complaint);
        HttpHeaders headers = new HttpHeaders();
        if (caller != Caller.NO_TOKEN) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token(person, caller));
        }
        String[] methodAndPath = row.endpoint().split(" ");
        String path = complaint.resolve(methodAndPath[1]);
        Object body = body(row.endpoint(), headers);
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.valueOf(methodAndPath[0]),
                new HttpEntity<>(body, headers), String.class);
        Map<String, Long> after = state(complaint);
        List<String> changed = new ArrayList<>();
        before.forEach((what, count) -> {
            if (!count.equals(after.get(what))) {
                changed.add(what + ": " + count + " -> " + after.get(what));
            }
        });
        MediaType type = answer.getHeaders().getContentType();
        return new Case(person, answer.getStatusCode().value(),
                type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                String.valueOf(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)), changed);
    }

    private static String person(Row row, Caller caller) {
        return switch (caller) {
            case OTHER_BRANCH -> row.role() + ".bjcy";
            case PARENT_UNIT -> row.role() + ".sh";
            case HQ -> row.role() + ".hq";
            case WRONG_ROLE -> row.wrongRole() + ".shpd";
            default -> row.role() + ".shpd";
        };
    }

    private static String token(String person, Caller caller) {
        TestTokens.Token token = People.token(person);
        return switch (caller) {
            case EXPIRED -> token.expired().encode();
            case WRONG_ISSUER -> token.issuer("http://elsewhere.example/realms/complaints").encode();
            case FORGED -> token.forged().encode();
            case WRONG_AUDIENCE -> token.audience("other-api").encode();
            default -> token.encode();
        };
    }

    private static Object body(String endpoint, HttpHeaders headers) {
        if (endpoint.endsWith("/evidence") && endpoint.startsWith("POST")) {
            String boundary = "matrix-" + UUID.randomUUID();
            headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
            return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\ncalled back at 10:00\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (!endpoint.startsWith("POST")) {
            return null;
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (endpoint.endsWith("/amendments")) {
            return "{\"reason\":\"the level was wrong\",\"level\":2}";
        }
        if (endpoint.endsWith("/withdrawal")) {
            return "{\"reason\":\"the refund arrived\"}";
        }
        if (endpoint.endsWith("/erasure")) {
            return "{\"reason\":\"the complainant asked\"}";
        }
        if (endpoint.endsWith("/opened")) {
            return "{\"texts\":[]}";
        }
        return IntakeHttp.form("SH-PD", 3, phone(), "DELIVERY");
    }

    /** A complaint of SH-PD, registered by its agent, with one evidence file when the case needs one. */
    private Fixture fixture(boolean withEvidence) {
        IntakeHttp http = http();
        String id = http.register("SH-PD", 3, phone()).complaintId();
        JsonNode view = http.getAs("agent.shpd", "/api/complaints/" + id, JsonNode.class).getBody();
        String evidenceId = null;
        if (withEvidence) {
            HttpHeaders headers = IntakeHttp.signedIn("agent.shpd");
            Object file = body("POST /api/complaints/{complaintId}/evidence", headers);
            evidenceId = rest.exchange("/api/complaints/" + id + "/evidence", HttpMethod.POST,
                    new HttpEntity<>(file, headers), JsonNode.class).getBody().path("evidenceId").asText();
        }
        return new Fixture(id, view.path("registrationNumber").asText(), view.path("complainant").path("reference").asText(),
                evidenceId);
    }

    record Fixture(String complaintId, String registrationNumber, String reference, String evidenceId) {

        String resolve(String pattern) {
            String path = pattern.replace("{complaintId}", complaintId)
                    .replace("{registrationNumber}", registrationNumber)
                    .replace("{reference}", reference)
                    .replace("{evidenceId}", String.valueOf(evidenceId));
            if (path.equals("/api/complaints")) {
                return path + "?unit=SH-PD&size=1";
            }
            return path.endsWith("/contact") ? path + "?purpose=CALLBACK" : path;
        }
    }

    /** What a refusal must leave as it was. */
    private Map<String, Long> state(Fixture complaint) {
        Map<String, Function<JdbcTemplate, Long>> counts = Map.of(
                "complaints", db -> db.queryForObject("SELECT count(*) FROM complaint_register", Long.class),
                "events of the complaint", db -> db.queryForObject(
                        "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                        complaint.complaintId()),
                "evidence files of the complaint", db -> db.queryForObject(
                        "SELECT count(*) FROM evidence_file WHERE complaint_id = ?", Long.class, complaint.complaintId()),
                "contact look-ups of the complainant", db -> db.queryForObject(
                        "SELECT count(*) FROM contact_access WHERE complainant_reference = ?", Long.class,
                        complaint.reference()));
        Map<String, Long> state = new TreeMap<>();
        counts.forEach((what, count) -> state.put(what, count.apply(jdbc)));
        return state;
    }

    private static String phone() {
        return "1370000" + String.format("%04d", PHONES.incrementAndGet() % 10_000);
    }
}
