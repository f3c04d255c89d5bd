package io.complaints.analytics.escalation;

import static org.hamcrest.Matchers.contains;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.OpenDeadline;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;
import io.complaints.analytics.TestStores;

/**
 * The escalation board as headquarters and a subsidiary see it, from the cases' events through
 * the ledger: every open escalation below the unit, oldest first, and a closed case gone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EscalationBoardTest {

    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    private static final UnitRef HQ = new UnitRef("HQ", List.of("HQ"));
    private static final UnitRef SHANGHAI = new UnitRef("SH", List.of("HQ", "SH"));
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef XUHUI = new UnitRef("SH-XH", List.of("HQ", "SH", "SH-XH"));
    private static final UnitRef BEIJING = new UnitRef("BJ", List.of("HQ", "BJ"));
    private static final UnitRef CHAOYANG = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_escalations");
    }

    @TestConfiguration
    static class Today {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Generations generations;

    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void aFreshLedger() {
        mongo.dropCollection(generations.live().collection(Ledger.COLLECTION));
    }

    /** Opened, triaged at level 2, two time limits running, then escalated one level up. */
    private static Story escalatedAtTriage(String id, UnitRef unit, UnitRef up, Instant received, Instant escalated) {
        return Story.received(id, unit, 2, received)
                .then(Duration.ofSeconds(1),
                        new CaseOpened(id, unit.code() + "-" + id, unit, 2, received.plusSeconds(1)))
                .then(new CaseTriaged(id, 2, "billing", received.plusSeconds(600)))
                .then(new DeadlineSet(id, new OpenDeadline(TimeLimit.SETTLE, received.plus(Duration.ofDays(3)))))
                .then(new DeadlineSet(id, new OpenDeadline(TimeLimit.CONTACT, received.plus(Duration.ofDays(1)))))
                .then(new Escalated(id, unit, up, EscalationReason.LEVEL_2_AT_TRIAGE, null, escalated, null));
    }

    /** The board as headquarters' supervisor asks for it. */
    private static MockHttpServletRequestBuilder board() {
        return get("/api/escalations").header(AUTHORIZATION, Callers.supervisorHq());
    }

    private void apply(Story story) {
        story.events().forEach(this::apply);
    }

    private void apply(CloudEvent<Object> event) {
        ledger.apply(event, generations.live());
    }

    private void fourCases() {
        apply(escalatedAtTriage("e-1", PUDONG, SHANGHAI, Instant.parse("2026-11-01T02:00:00Z"),
                Instant.parse("2026-11-01T02:10:00Z")));
        Instant chaoyang = Instant.parse("2026-11-05T00:00:00Z");
        apply(escalatedAtTriage("e-2", CHAOYANG, BEIJING, chaoyang, Instant.parse("2026-11-05T01:00:00Z"))
                .then(new DeadlineMet("e-2", new OpenDeadline(TimeLimit.CONTACT, chaoyang.plus(Duration.ofDays(1))),
                        chaoyang.plusSeconds(3600)))
                .then(new DeadlineMet("e-2", new OpenDeadline(TimeLimit.SETTLE, chaoyang.plus(Duration.ofDays(3))),
                        chaoyang.plusSeconds(7200)))
                .then(new Escalated("e-2", BEIJING, HQ, EscalationReason.DEADLINE_MISSED, "findings late",
                        Instant.parse("2026-11-08T00:00:00Z"), null))
                .then(new DeadlineSet("e-2", new OpenDeadline(TimeLimit.HQ_FINDINGS,
                        Instant.parse("2026-11-22T00:00:00Z")))));
        apply(escalatedAtTriage("e-3", XUHUI, SHANGHAI, Instant.parse("2026-10-29T03:00:00Z"),
                Instant.parse("2026-10-29T04:00:00Z")));
        apply(Story.whole("e-4", PUDONG, Instant.parse("2026-11-02T00:00:00Z"))); // escalated, and closed
        apply(Story.received("e-5", PUDONG, 3, Instant.parse("2026-11-03T00:00:00Z"))
                .then(new CaseOpened("e-5", "SH-PD-e-5", PUDONG, 3, Instant.parse("2026-11-03T00:00:01Z"))));
    }

    @Test
    void headquartersSeesEveryOpenEscalationOldestFirstWithItsAgeAndNextDeadline() throws Exception {
        fourCases();

        http.perform(board().param("unit", "HQ"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[*].registrationNumber").value(contains("SH-XH-e-3", "SH-PD-e-1", "BJ-CY-e-2")))
                .andExpect(jsonPath("$[1].complaintId").value("e-1"))
                .andExpect(jsonPath("$[1].unitPath").value(contains("HQ", "SH", "SH-PD")))
                .andExpect(jsonPath("$[1].holderUnit").value("SH"))
                .andExpect(jsonPath("$[1].status").value("INVESTIGATING"))
                .andExpect(jsonPath("$[1].level").value(2))
                .andExpect(jsonPath("$[1].escalationLevel").value(2))
                .andExpect(jsonPath("$[1].escalationReason").value("LEVEL_2_AT_TRIAGE"))
                .andExpect(jsonPath("$[1].escalations").value(1))
                .andExpect(jsonPath("$[1].firstEscalatedAt").value("2026-11-01T02:10:00Z"))
                .andExpect(jsonPath("$[1].age").value("PT453H50M"))
                .andExpect(jsonPath("$[1].nextDeadline.limit").value("CONTACT"))
                .andExpect(jsonPath("$[1].nextDeadline.due").value("2026-11-02T02:00:00Z"))
                .andExpect(jsonPath("$[1].nextDeadline.overdue").value(true))
                .andExpect(jsonPath("$[2].holderUnit").value("HQ"))
                .andExpect(jsonPath("$[2].escalationLevel").value(1))
                .andExpect(jsonPath("$[2].escalationReason").value("DEADLINE_MISSED"))
                .andExpect(jsonPath("$[2].escalations").value(2))
                .andExpect(jsonPath("$[2].firstEscalatedAt").value("2026-11-05T01:00:00Z"))
                .andExpect(jsonPath("$[2].lastEscalatedAt").value("2026-11-08T00:00:00Z"))
                .andExpect(jsonPath("$[2].age").value("PT359H"))
                .andExpect(jsonPath("$[2].nextDeadline.limit").value("HQ_FINDINGS"))
                .andExpect(jsonPath("$[2].nextDeadline.due").value("2026-11-22T00:00:00Z"))
                .andExpect(jsonPath("$[2].nextDeadline.overdue").value(false));
    }

    @Test
    void aSubsidiarySeesOnlyItsOwnAndItsBranchesCases() throws Exception {
        fourCases();

        http.perform(board().param("unit", "SH"))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-3", "e-1")));
        http.perform(board().param("unit", "BJ-CY"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-2")));
        http.perform(board().param("unit", "GZ"))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "0"))
                .andExpect(content().json("[]"));
    }

    @Test
    void theBoardComesPageByPage() throws Exception {
        fourCases();

        http.perform(board().param("unit", "HQ").param("size", "2"))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-3", "e-1")));
        http.perform(board().param("unit", "HQ").param("size", "2").param("page", "1"))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-2")));
    }

    @Test
    void aClosedCaseDropsOffTheBoard() throws Exception {
        fourCases();
        Instant closed = Instant.parse("2026-11-10T00:00:00Z");
        List<CloudEvent<Object>> xuhui = escalatedAtTriage("e-3", XUHUI, SHANGHAI,
                Instant.parse("2026-10-29T03:00:00Z"), Instant.parse("2026-10-29T04:00:00Z"))
                .then(new CaseClosed("e-3", CaseOutcome.RESOLVED, Satisfaction.SATISFIED, closed))
                .then(new EscalationsResolved("e-3", SHANGHAI, closed)).events();

        apply(xuhui.get(xuhui.size() - 2)); // closed, its escalations not yet resolved
        http.perform(board().param("unit", "SH"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-1")));

        apply(xuhui.getLast());
        http.perform(board().param("unit", "SH"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-1")));
    }

    @Test
    void theBoardOfAShanghaiUserShowsShanghaisSubtreeOnly() throws Exception {
        fourCases();

        http.perform(get("/api/escalations").header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH")))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-3", "e-1")))
                .andExpect(jsonPath("$[*].unitCode").value(contains("SH-XH", "SH-PD")));
        http.perform(get("/api/escalations").param("unit", "SH-PD")
                        .header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].complaintId").value(contains("e-1")));
    }

    @Test
    void anotherUnitsBoardIsRefusedAndAParentsBoardToo() throws Exception {
        fourCases();

        for (String unit : List.of("BJ-CY", "BJ", "HQ", "NOWHERE")) {
            http.perform(get("/api/escalations").param("unit", unit)
                            .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].rule").value("unit-scope"));
        }
    }

    @Test
    void aMalformedQuestionIsAProblemNamingEachField() throws Exception {
        http.perform(board().param("unit", "hq").param("page", "-1").param("size", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaints:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("unit", "page", "size")));
        http.perform(board().param("unit", "HQ").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("size")));
        http.perform(board().param("unit", "HQ").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("page")));
    }
}
