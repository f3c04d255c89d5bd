package io.complaints.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.Satisfaction;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;

/**
 * October's statistics of a branch as published on 5 November next to today's, from complaints
 * published on the shared broker: one closed in October and left so; one closed in October and
 * reopened on 10 November; one received on 30 October but registered only on 8 November. Published:
 * two complaints, both resolved; now: three, one resolved, one reopened; the differences say so.
 */
@SpringBootTest(properties = "spring.application.name=analytics-as-published-test")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsPublishedTest {

    /** A unit of its own (headquarters sees units the configuration does not name), so no other test counts in it. */
    private static final String CODE = "PV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final UnitRef BRANCH = new UnitRef(CODE, List.of("HQ", "PV", CODE));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_as_published");
    }

    @Autowired
    private MockMvc http;

    @BeforeAll
    void octobersComplaints() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        closed("left-" + run, Instant.parse("2026-10-10T02:00:00Z")).publish();
        closed("reopened-" + run, Instant.parse("2026-10-20T02:00:00Z"))
                .then(Duration.ofDays(20), new CaseReopened("reopened-" + run, "the bill came again")).publish();
        Story.receivedLate("late-" + run, BRANCH, 3, Instant.parse("2026-10-30T02:00:00Z"),
                Instant.parse("2026-11-08T02:00:00Z")).publish();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Document now = Document.parse(http.perform(get("/api/statistics").param("unit", CODE)
                            .param("period", "2026-10").header(AUTHORIZATION, Callers.analystHq()))
                    .andReturn().getResponse().getContentAsString()).get("figures", Document.class);
            assertThat(now.getInteger("total")).isEqualTo(3);
            assertThat(now.getInteger("reopened")).isEqualTo(1);
        });
    }

    @Test
    void theFiguresAsPublishedStandBesideTodaysWithTheDifferencePerFigure() throws Exception {
        Document comparison = Document.parse(answer(Callers.analystHq(), "2026-10", "2026-11-05"));

        assertThat(comparison.getString("publishedAt")).isEqualTo("2026-11-05T16:00:00Z");
        Document published = comparison.get("published", Document.class);
        assertThat(published.getInteger("total")).isEqualTo(2);
        assertThat(published.get("resolution", Document.class).getInteger("numerator")).isEqualTo(2);
        assertThat(published.getInteger("reopened")).isZero();
        Document now = comparison.get("now", Document.class);
        assertThat(now.get("resolution", Document.class).getInteger("numerator")).isEqualTo(1);
        assertThat(now.get("resolution", Document.class).getInteger("denominator")).isEqualTo(3);

        Map<String, Document> differences = new TreeMap<>();
        comparison.getList("differences", Document.class).forEach(d -> differences.put(d.getString("figure"), d));
        assertThat(differences.get("total").get("change").toString()).isEqualTo("1");
        assertThat(differences.get("reopened").get("change").toString()).isEqualTo("1");
        assertThat(differences.get("resolution").get("published").toString()).isEqualTo("1");
        assertThat(differences.get("resolution").get("change").toString()).isEqualTo("-0.6667");
        assertThat(differences.get("escalations").getBoolean("changed")).isFalse();
    }

    @Test
    void publishedOnTheLastDayOfTheMonthTheLateAndReopenedComplaintsAreNotYetThere() throws Exception {
        Document published = Document.parse(answer(Callers.analystHq(), "2026-10", "2026-10-31"))
                .get("published", Document.class);
        assertThat(published.getInteger("total")).isEqualTo(2);
        assertThat(published.getInteger("reopened")).isZero();
    }

    @Test
    void malformedQuestionsAreRefusedNamingEachFieldAndRule() throws Exception {
        refused("2026-13", "2026-11-05", "month", "Pattern");
        refused("2026-10", "5.11.2026", "publishedOn", "Pattern");
        refused("2026-10", null, "publishedOn", "required");
        refused("2026-10", "2026-09-30", "publishedOn", "after-month-began");
        refused("2026-10", java.time.LocalDate.now().plusDays(2).toString(), "publishedOn", "past");
    }

    @Test
    void anAnalystOfShanghaiMayNotCompareTheUnitsFigures() throws Exception {
        http.perform(get("/api/statistics/as-published").param("unit", CODE).param("month", "2026-10")
                        .param("publishedOn", "2026-11-05").header(AUTHORIZATION, Callers.of(Role.ANALYST, "SH")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].rule").value("unit-scope"));
    }

    private void refused(String month, String publishedOn, String field, String rule) throws Exception {
        var asked = get("/api/statistics/as-published").param("unit", CODE).param("month", month)
                .header(AUTHORIZATION, Callers.analystHq());
        if (publishedOn != null) {
            asked.param("publishedOn", publishedOn);
        }
        http.perform(asked).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "' && @.rule == '" + rule + "')]").exists());
    }

    private String answer(String caller, String month, String publishedOn) throws Exception {
        return http.perform(get("/api/statistics/as-published").param("unit", CODE).param("month", month)
                        .param("publishedOn", publishedOn).header(AUTHORIZATION, caller))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Received, opened, triaged, called back satisfied and closed as resolved within two days. */
    private static Story closed(String id, Instant received) {
        return Story.received(id, BRANCH, 3, received)
                .then(Duration.ofMinutes(1), new CaseOpened(id, BRANCH.code() + "-" + id, BRANCH, 3, received.plusSeconds(60)))
                .then(new CaseTriaged(id, 3, "billing", received.plusSeconds(600)))
                .then(Duration.ofDays(1), new CallbackCompleted(id, "agent.sun", "quality", Satisfaction.SATISFIED, "ok"))
                .then(new CaseClosed(id, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, received.plus(Duration.ofDays(1))));
    }
}
