package io.complaints.handling.api;

import static io.complaints.platform.Role.ANALYST;
import static io.complaints.platform.Role.APPROVER;
import static io.complaints.platform.Role.CALLBACK_AGENT;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HANDLER;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.complaints.handling.api.CaseDriver.Stage;
import io.complaints.platform.Role;
import io.complaints.testsupport.OperatorEndpoints;
import io.complaints.testsupport.TestTokens;

/**
 * Every endpoint of handling under {@code /api} × every kind of caller, with the answer each gets.
 * The table has one row per endpoint and must name exactly the endpoints the service maps, so that an
 * endpoint added without its rules fails here. A case of {@value #OWN} (a branch of {@value #PARENT})
 * is acted on by a person in the row's role of another branch ({@value #OTHER}), of its own branch,
 * of its subsidiary and of HQ, by its own branch's person in a role that does not do it, and with
 * tokens that are missing, expired, of another issuer, forged or for another audience. Callers that
 * may act get a case of their own at the step the endpoint needs; the refused ones all try the same
 * case, which afterwards has recorded nothing.
 */
class AuthorizationMatrixTest extends SignedInApiTest {

    static final String OWN = "SH-PD";
    static final String PARENT = "SH";
    static final String OTHER = "BJ-CY";

    enum Caller {
        NO_TOKEN, EXPIRED, WRONG_ISSUER, FORGED, WRONG_AUDIENCE, OTHER_BRANCH, OWN_BRANCH, PARENT_UNIT, HQ, WRONG_ROLE
    }

    /**
     * One endpoint: its method and pattern, the path asked for a case, the body, the role that does it,
     * the step the case must be at, a role that does not do it, and the answers that differ from the
     * usual (401 without a valid token, 404 for another branch, 403 for the wrong role, {@code ok} for the
     * case's own branch, its subsidiary and HQ).
     */
    record Row(HttpMethod method, String pattern, Function<String, String> path, String body, Role role, Stage stage,
               Role wrongRole, int ok, Map<Caller, Integer> unusual) {

        String endpoint() {
            return method.name() + " " + pattern;
        }

        int expected(Caller caller) {
            return unusual.getOrDefault(caller, switch (caller) {
                case NO_TOKEN, EXPIRED, WRONG_ISSUER, FORGED, WRONG_AUDIENCE -> 401;
                case OTHER_BRANCH -> 404;
                case WRONG_ROLE -> 403;
                case OWN_BRANCH, PARENT_UNIT, HQ -> ok;
            });
        }

        /** Whether the step runs as the case's assigned handler: then each caller gets a case assigned to them. */
        boolean asAssignedHandler() {
            return role == HANDLER && (stage == Stage.ASSIGNED || stage == Stage.WITH_FINDINGS);
        }
    }

    /** A what-if question about a month without cases, under the standard limits and calendar. */
    static final String WHAT_IF = """
            {"from":"2030-01","to":"2030-01","candidate":{"zone":"Asia/Shanghai","workingHours":"09:00-18:00",
             "workingWeekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],"holidays":["2030-01-01"],
             "limits":{"TRIAGE":"same-day","CONTACT":"1 working-day","SETTLE":"2 calendar-days",
              "EXPLAIN_INVALID":"1 calendar-day","HQ_FINDINGS":"2 calendar-days","APPROVAL":"2 working-days",
              "CALLBACK":"2 calendar-days"}}}""";

    static Row step(String step, String body, Role role, Stage stage, Role wrongRole) {
        return step(step, body, role, stage, wrongRole, Map.of());
    }

    static Row step(String step, String body, Role role, Stage stage, Role wrongRole, Map<Caller, Integer> unusual) {
        return new Row(HttpMethod.POST, "/api/cases/{caseId}/" + step, id -> "/api/cases/" + id + "/" + step, body,
                role, stage, wrongRole, 204, unusual);
    }

    static final List<Row> TABLE = List.of(
            step("triage", "{\"level\":3,\"responsibleDepartment\":\"billing\"}", COORDINATOR, Stage.AWAITING_TRIAGE,
                    HANDLER),
            step("assignment", "{\"handlerId\":\"handler.qian\",\"handlerName\":\"Qian Li\",\"handlerDepartment\":"
                    + "\"billing\"}", COORDINATOR, Stage.INVESTIGATING, HANDLER),
            step("retriage", "{\"level\":2,\"responsibleDepartment\":\"metering\",\"reason\":\"six complainants\"}",
                    COORDINATOR, Stage.INVESTIGATING, HANDLER),
            step("contact", "{\"note\":\"called\"}", HANDLER, Stage.INVESTIGATING, APPROVER),
            step("findings", "{\"findings\":\"meter misread\",\"causeCode\":\"METER-READING\"}", HANDLER,
                    Stage.ASSIGNED, CALLBACK_AGENT),
            step("invalidity", "{\"reason\":\"FORCE_MAJEURE\",\"explanation\":\"the typhoon\"}", COORDINATOR,
                    Stage.INVESTIGATING, HANDLER),
            step("invalidity/explanation", null, COORDINATOR, Stage.INVALID, APPROVER),
            step("remedies", "{\"measures\":\"correct the bill\",\"responsiblePerson\":\"handler.shpd\","
                    + "\"dueDate\":\"2030-01-10\"}", HANDLER, Stage.WITH_FINDINGS, APPROVER),
            step("remedy/approval", "{\"comment\":\"agreed\"}", APPROVER, Stage.AWAITING_APPROVAL, HANDLER),
            step("remedy/rejection", "{\"reason\":\"refund the late fee too\"}", APPROVER, Stage.AWAITING_APPROVAL,
                    COORDINATOR),
            step("remedy/offer", null, HANDLER, Stage.REMEDY_READY, APPROVER),
            step("remedy/decision", "{\"accepted\":true}", HANDLER, Stage.OFFERED, CALLBACK_AGENT),
            step("remedy/execution", "{\"result\":\"bill corrected\"}", HANDLER, Stage.ACCEPTED, APPROVER),
            new Row(HttpMethod.POST, "/api/cases/{caseId}/actions/{actionNumber}/completion",
                    id -> "/api/cases/" + id + "/actions/1/completion", "{\"result\":\"readers re-trained\"}", HANDLER,
                    Stage.ACCEPTED, APPROVER, 204, Map.of()),
            step("callback/instruction", null, COORDINATOR, Stage.EXECUTED, HANDLER),
            step("callback", "{\"satisfaction\":\"SATISFIED\",\"comment\":\"quick\"}", CALLBACK_AGENT,
                    Stage.CALLBACK_DUE, HANDLER),
            step("effectiveness-review", "{\"outcome\":\"EFFECTIVE\",\"note\":\"no repeat in three months\"}",
                    COORDINATOR, Stage.REVIEW_DUE, HANDLER),
            step("escalations", "{\"note\":\"the complainant called the press\"}", COORDINATOR, Stage.INVESTIGATING,
                    CALLBACK_AGENT),
            // only HQ itself takes a case over: a supervisor of the branch or subsidiary is refused (unit-scope)
            step("takeover", null, HQ_SUPERVISOR, Stage.INVESTIGATING, COORDINATOR,
                    Map.of(Caller.OWN_BRANCH, 403, Caller.PARENT_UNIT, 403)),
            step("clock/pause", "{\"reason\":\"waiting for the invoices\"}", HANDLER, Stage.INVESTIGATING, APPROVER),
            step("clock/resume", null, HANDLER, Stage.PAUSED, CALLBACK_AGENT),
            new Row(HttpMethod.GET, "/api/cases/{caseId}", id -> "/api/cases/" + id, null, COORDINATOR,
                    Stage.INVESTIGATING, ANALYST, 200, Map.of()),
            new Row(HttpMethod.GET, "/api/cases/{caseId}/history", id -> "/api/cases/" + id + "/history", null,
                    HANDLER, Stage.INVESTIGATING, ANALYST, 200, Map.of()),
            // the organisation's departments: any unit's, for anyone who works on complaints or their statistics
            new Row(HttpMethod.GET, "/api/organisation/units/{unit}/departments",
                    id -> "/api/organisation/units/" + OWN + "/departments", null, COORDINATOR, Stage.INVESTIGATING,
                    Role.OPERATOR, 200, Map.of(Caller.OTHER_BRANCH, 200)),
            // what-if replay: for the people who set the rules, each of their own units (a month without cases here)
            new Row(HttpMethod.GET, "/api/what-if/configuration", id -> "/api/what-if/configuration", null, ANALYST,
                    Stage.INVESTIGATING, COORDINATOR, 200, Map.of(Caller.OTHER_BRANCH, 200)),
            new Row(HttpMethod.POST, "/api/what-if", id -> "/api/what-if", WHAT_IF, HQ_SUPERVISOR,
                    Stage.INVESTIGATING, COORDINATOR, 200, Map.of(Caller.OTHER_BRANCH, 200)),
            // a list naming a unit outside the caller's units is refused, not emptied
            new Row(HttpMethod.GET, "/api/worklists/{list}", id -> "/api/worklists/approvals?unit=" + OWN, null,
                    APPROVER, Stage.AWAITING_APPROVAL, HANDLER, 200, Map.of(Caller.OTHER_BRANCH, 403)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void theOperatorsEndpointsAnswerNobodyButOperators() throws Exception {
        Set<String> operators = OperatorEndpoints.among(OperatorEndpoints.mappedBy(mappings));

        assertThat(operators).contains("POST /api/admin/republish", "GET /api/admin/dead-letters");
        OperatorEndpoints.refuseAllButOperators(operators, (method, path, authorization) -> {
            var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
            return http.perform(authorization == null ? request : request.header(HttpHeaders.AUTHORIZATION, authorization))
                    .andReturn().getResponse().getStatus();
        });
    }

    @Test
    void theAuditTrailAnswersNobodyButAuditorsAndOperators() throws Exception {
        Set<String> audit = OperatorEndpoints.auditAmong(OperatorEndpoints.mappedBy(mappings));

        assertThat(audit).contains("GET /api/audit/verify", "POST /api/audit/checkpoints/compare");
        OperatorEndpoints.refuseAllButAuditors(audit, (method, path, authorization) -> {
            var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
            return http.perform(authorization == null ? request : request.header(HttpHeaders.AUTHORIZATION, authorization))
                    .andReturn().getResponse().getStatus();
        });
        for (String role : List.of("AUDITOR", "OPERATOR")) {
            String bearer = TestTokens.shared().of("hq.someone", "HQ", role).bearer();
            assertThat(http.perform(MockMvcRequestBuilders.get("/api/audit/verify")
                    .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn().getResponse().getStatus())
                    .as("GET /api/audit/verify as " + role).isEqualTo(200);
        }
    }

    @Test
    void theTableNamesEveryEndpointOfTheApiOnce() {
        Set<String> mapped = OperatorEndpoints.ownApiOf(mappings);
        List<String> rows = TABLE.stream().map(Row::endpoint).toList();

        assertThat(rows).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(rows)).isEqualTo(mapped);
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
        Map<Integer, Integer> counts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            String refusedCase = cases.caseAt(row.stage(), OWN);
            long before = lastSequence(refusedCase);
            for (Caller caller : Caller.values()) {
                int expected = row.expected(caller);
                boolean changes = expected / 100 == 2 && row.method() == HttpMethod.POST;
                String caseId = changes ? caseFor(row, caller) : refusedCase;
                int answer = http.perform(request(caller, row, caseId)).andReturn().getResponse().getStatus();
                counts.merge(answer, 1, Integer::sum);
                if (answer != expected) {
                    wrong.add(row.endpoint() + " × " + caller + ": expected " + expected + ", answered " + answer);
                }
            }
            if (lastSequence(refusedCase) != before) {
                wrong.add(row.endpoint() + ": a refused or reading caller changed the case");
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("authorization matrix: " + total + " cases: " + counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));

        assertThat(wrong).isEmpty();
        assertThat(total).isEqualTo(TABLE.size() * Caller.values().length);
    }

    /** A case of the own branch at the row's step, assigned to the caller when the step is the handler's own. */
    private String caseFor(Row row, Caller caller) {
        return row.asAssignedHandler()
                ? cases.caseAt(row.stage(), OWN, CaseDriver.person(HANDLER, unitOf(caller)))
                : cases.caseAt(row.stage(), OWN);
    }

    private static MockHttpServletRequestBuilder request(Caller caller, Row row, String caseId) {
        MockHttpServletRequestBuilder request = json(MockMvcRequestBuilders.request(row.method(),
                row.path().apply(caseId)), row.body());
        TestTokens.Token token = switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED -> person(row.role(), OWN).expired();
            case WRONG_ISSUER -> person(row.role(), OWN).issuer("http://elsewhere");
            case FORGED -> person(row.role(), OWN).forged();
            case WRONG_AUDIENCE -> person(row.role(), OWN).audience("other-api");
            case WRONG_ROLE -> person(row.wrongRole(), OWN);
            default -> person(row.role(), unitOf(caller));
        };
        return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token.bearer());
    }

    private static String unitOf(Caller caller) {
        return switch (caller) {
            case OTHER_BRANCH -> OTHER;
            case PARENT_UNIT -> PARENT;
            case HQ -> "HQ";
            default -> OWN;
        };
    }
}
