package io.complaints.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.timeline.Timeline;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;
import io.complaints.testsupport.TestTokens;

/**
 * Every endpoint of analytics against every kind of caller: no token, tokens broken in each way,
 * and valid tokens of another branch, of the complaint's own branch, of the unit above it, of HQ,
 * and of a role that may not. The table holds one row per endpoint and must name exactly the
 * endpoints the service maps under {@code /api/**}, so that an endpoint added without a decision
 * here fails this test. Each row asks about Pudong (SH-PD) and its complaint {@code m-1}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef CHAOYANG = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));
    private static final String OTHER_BRANCH = "BJ-CY";
    private static final String OWN_BRANCH = "SH-PD";
    private static final String PARENT = "SH";
    private static final String HQ = "HQ";

    /** The callers of a row, in the order of the table's columns. */
    enum Caller {
        NO_TOKEN, EXPIRED, WRONG_ISSUER, FORGED, WRONG_AUDIENCE, OTHER_BRANCH, OWN_BRANCH, PARENT_UNIT, HQ, WRONG_ROLE
    }

    /**
     * One endpoint: its method and pattern as mapped, a request about Pudong, the role its callers
     * hold, a role that may not, and the answer to each {@link Caller}.
     */
    record Endpoint(HttpMethod method, String pattern, String request, Role role, Role wrongRole, int... answers) {

        String key() {
            return method + " " + pattern;
        }
    }

    private static final List<Endpoint> TABLE = List.of(
            //                                                                                     none  exp  iss forged aud other own parent HQ wrong
            new Endpoint(HttpMethod.GET, "/api/ledger", "/api/ledger?unit=SH-PD",
                    Role.HANDLER, Role.OPERATOR, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/ledger/{registrationNumber}", "/api/ledger/SH-PD-m-1",
                    Role.INTAKE_AGENT, Role.SERVICE, 401, 401, 401, 401, 401, 404, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/ledger/export.{extension:csv|xlsx}", "/api/ledger/export.csv?unit=SH-PD",
                    Role.COORDINATOR, Role.HANDLER, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/complaints/{complaintId}/timeline", "/api/complaints/m-1/timeline",
                    Role.CALLBACK_AGENT, Role.OPERATOR, 401, 401, 401, 401, 401, 404, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/complaints/{complaintId}/archive.pdf", "/api/complaints/m-1/archive.pdf",
                    Role.HANDLER, Role.OPERATOR, 401, 401, 401, 401, 401, 404, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/escalations", "/api/escalations?unit=SH-PD",
                    Role.APPROVER, Role.SERVICE, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/statistics", "/api/statistics?unit=SH-PD&period=2026-11",
                    Role.ANALYST, Role.INTAKE_AGENT, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/statistics/causes", "/api/statistics/causes?unit=SH-PD&period=2026",
                    Role.APPROVER, Role.CALLBACK_AGENT, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/statistics/as-published",
                    "/api/statistics/as-published?unit=SH-PD&month=2026-11&publishedOn=2026-11-05",
                    Role.COORDINATOR, Role.HANDLER, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/statistics/summary/{year}", "/api/statistics/summary/2026?unit=SH-PD",
                    Role.HQ_SUPERVISOR, Role.OPERATOR, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/reports/monthly/{month}.{format:xlsx|pdf}",
                    "/api/reports/monthly/2026-11.xlsx?unit=SH-PD",
                    Role.ANALYST, Role.HANDLER, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            new Endpoint(HttpMethod.GET, "/api/reports/yearly/{year}.{format:xlsx|pdf}",
                    "/api/reports/yearly/2026.pdf?unit=SH-PD&lang=en",
                    Role.APPROVER, Role.CALLBACK_AGENT, 401, 401, 401, 401, 401, 403, 200, 200, 200, 403),
            // operators' endpoints: no staff role may start or watch a rebuild (the operator's own case in RebuildTest)
            new Endpoint(HttpMethod.POST, "/api/admin/rebuild", "/api/admin/rebuild",
                    Role.ANALYST, Role.SERVICE, 401, 401, 401, 401, 401, 403, 403, 403, 403, 403),
            new Endpoint(HttpMethod.GET, "/api/admin/rebuild", "/api/admin/rebuild",
                    Role.HQ_SUPERVISOR, Role.COORDINATOR, 401, 401, 401, 401, 401, 403, 403, 403, 403, 403),
            // dead letters: operators only (their own cases in DeadLettersTest)
            new Endpoint(HttpMethod.GET, "/api/admin/dead-letters", "/api/admin/dead-letters",
                    Role.ANALYST, Role.HQ_SUPERVISOR, 401, 401, 401, 401, 401, 403, 403, 403, 403, 403),
            new Endpoint(HttpMethod.GET, "/api/admin/dead-letters/{topic}/{partition}/{offset}",
                    "/api/admin/dead-letters/t/0/0",
                    Role.COORDINATOR, Role.SERVICE, 401, 401, 401, 401, 401, 403, 403, 403, 403, 403),
            new Endpoint(HttpMethod.POST, "/api/admin/dead-letters/{topic}/{partition}/{offset}/replay",
                    "/api/admin/dead-letters/t/0/0/replay",
                    Role.HQ_SUPERVISOR, Role.ANALYST, 401, 401, 401, 401, 401, 403, 403, 403, 403, 403),
            new Endpoint(HttpMethod.POST, "/api/admin/dead-letters/{topic}/{partition}/{offset}/discard",
                    "/api/admin/dead-letters/t/0/0/discard",
                    Role.HQ_SUPERVISOR, Role.APPROVER, 401, 401, 401, 401, 401, 403, 403, 403, 403, 403));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_matrix");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Timeline timeline;

    @Autowired
    private Generations generations;

    @BeforeAll
    void aComplaintOfPudongAndOneOfChaoyang() {
        for (Story story : List.of(Story.whole("m-1", PUDONG, Instant.parse("2026-11-02T02:00:00Z")),
                Story.whole("m-2", CHAOYANG, Instant.parse("2026-11-03T02:00:00Z")))) {
            story.events().forEach(event -> {
                ledger.apply(event, generations.live());
                timeline.apply(event, generations.live());
            });
        }
    }

    @Test
    void theTableNamesExactlyTheMappedEndpoints() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/"))
                        .flatMap(pattern -> info.getMethodsCondition().getMethods().stream()
                                .map(method -> method + " " + pattern)))
                .collect(Collectors.toSet());

        assertThat(TABLE.stream().map(Endpoint::key)).containsExactlyInAnyOrderElementsOf(mapped);
        assertThat(TABLE).allSatisfy(row -> assertThat(row.answers()).hasSize(Caller.values().length));
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        Map<Integer, Integer> counts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : TABLE) {
            for (Caller caller : Caller.values()) {
                int expected = endpoint.answers()[caller.ordinal()];
                int actual = status(endpoint, caller);
                counts.merge(actual, 1, Integer::sum);
                if (actual != expected) {
                    wrong.add(endpoint.key() + " as " + caller + ": " + actual + ", expected " + expected);
                }
            }
        }
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("authorization matrix: " + cases + " cases: " + counts.entrySet().stream()
                .map(count -> count.getKey() + "=" + count.getValue()).collect(Collectors.joining(" ")));

        assertThat(wrong).isEmpty();
        assertThat(cases).isEqualTo(TABLE.size() * Caller.values().length);
    }

    @Test
    void everyRoleOfTheUnitReadsWhatItsRoleMayAndOperatorsAndServicesNothing() throws Exception {
        Map<String, Set<Role>> mayRead = Map.ofEntries(
                Map.entry("/api/ledger", staff()), Map.entry("/api/ledger/{registrationNumber}", staff()),
                Map.entry("/api/complaints/{complaintId}/timeline", staff()),
                Map.entry("/api/complaints/{complaintId}/archive.pdf", staff()), Map.entry("/api/escalations", staff()),
                Map.entry("/api/ledger/export.{extension:csv|xlsx}", analysis()),
                Map.entry("/api/statistics", analysis()), Map.entry("/api/statistics/causes", analysis()),
                Map.entry("/api/statistics/summary/{year}", analysis()),
                Map.entry("/api/statistics/as-published", analysis()),
                Map.entry("/api/reports/monthly/{month}.{format:xlsx|pdf}", analysis()),
                Map.entry("/api/reports/yearly/{year}.{format:xlsx|pdf}", analysis()));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : TABLE.stream().filter(row -> mayRead.containsKey(row.pattern())).toList()) {
            for (Role role : Arrays.stream(Role.values()).filter(role -> role != Role.SYSTEM).toList()) {
                int expected = mayRead.get(endpoint.pattern()).contains(role) ? 200 : 403;
                int actual = status(endpoint, Callers.of(role, OWN_BRANCH));
                if (actual != expected) {
                    wrong.add(endpoint.key() + " as " + role + ": " + actual + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<Role> staff() {
        return Set.of(Role.INTAKE_AGENT, Role.COORDINATOR, Role.HANDLER, Role.APPROVER, Role.CALLBACK_AGENT,
                Role.HQ_SUPERVISOR, Role.ANALYST);
    }

    private static Set<Role> analysis() {
        return Set.of(Role.ANALYST, Role.HQ_SUPERVISOR, Role.COORDINATOR, Role.APPROVER);
    }

    private int status(Endpoint endpoint, Caller caller) throws Exception {
        Function<String, TestTokens.Token> own = unit -> TestTokens.shared()
                .of(Callers.sampleId(endpoint.role(), unit), unit, endpoint.role().name());
        String authorization = switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED -> own.apply(OWN_BRANCH).expired().bearer();
            case WRONG_ISSUER -> own.apply(OWN_BRANCH).issuer("http://elsewhere/realms/test").bearer();
            case FORGED -> own.apply(OWN_BRANCH).forged().bearer();
            case WRONG_AUDIENCE -> own.apply(OWN_BRANCH).audience("other-api").bearer();
            case OTHER_BRANCH -> own.apply(OTHER_BRANCH).bearer();
            case OWN_BRANCH -> own.apply(OWN_BRANCH).bearer();
            case PARENT_UNIT -> own.apply(PARENT).bearer();
            case HQ -> own.apply(HQ).bearer();
            case WRONG_ROLE -> Callers.of(endpoint.wrongRole(), OWN_BRANCH);
        };
        return status(endpoint, authorization);
    }

    /** The answer's status, once an answer written after the handler returned (an export) is complete. */
    private int status(Endpoint endpoint, String authorization) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.request());
        if (authorization != null) {
            request.header(AUTHORIZATION, authorization);
        }
        MvcResult result = http.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = http.perform(asyncDispatch(result)).andReturn();
        }
        return result.getResponse().getStatus();
    }
}
