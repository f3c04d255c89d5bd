package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseReopened;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;

/**
 * The ledger as it stood at a past instant, over HTTP, computed from the topics: the complaints
 * published on the shared broker, with events whose own times lie in the past (their records are
 * all written now, so only the events' times tell what had happened by then). A complaint received
 * after the instant is not in it; one closed after it is open in it; the viewer's scope and the
 * filters apply as to the live ledger; the export answers the same rows; a malformed or future
 * instant is refused naming {@code asOf}; no scratch generation is left behind.
 */
@SpringBootTest(properties = "spring.application.name=analytics-past-ledger-test")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastLedgerTest {

    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef CHAOYANG = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_past_ledger");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private MongoTemplate mongo;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Story closedLater;
    private Story receivedLater;
    private Story ofChaoyang;
    /** Between the dissatisfied callback's reopening and the closing of {@link #closedLater}. */
    private Instant asOf;

    @BeforeAll
    void complaintsPublishedWithTheirPast() {
        Instant start = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        closedLater = Story.whole("past-closed-" + run, PUDONG, start).publish();
        CloudEvent<Object> reopening = closedLater.events().stream()
                .filter(event -> event.data() instanceof CaseReopened).findFirst().orElseThrow();
        CloudEvent<Object> closing = closedLater.events().stream()
                .filter(event -> event.data() instanceof CaseClosed).findFirst().orElseThrow();
        asOf = reopening.time().plusSeconds(60);
        assertThat(asOf).isBefore(closing.time());
        ofChaoyang = Story.received("past-cy-" + run, CHAOYANG, 3, start.plusSeconds(30)).publish();
        receivedLater = Story.received("past-later-" + run, PUDONG, 3, asOf.plusSeconds(60)).publish();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (Story story : List.of(closedLater, ofChaoyang, receivedLater)) {
                assertThat(live(story).getString("lastEventAt")).isEqualTo(story.now().toString());
            }
        });
    }

    @Test
    void aComplaintClosedAfterTheInstantIsOpenAndReopenedInTheLedgerAsOfIt() throws Exception {
        Map<String, Document> then = rows(get("/api/ledger").param("asOf", asOf.toString()).param("size", "500")
                .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")));

        assertThat(then).as("Pudong's complaints received by then").containsOnlyKeys(closedLater.complaintId());
        Document row = then.get(closedLater.complaintId());
        assertThat(row.getString("status")).isNotEqualTo("CLOSED");
        assertThat(row.get("closedAt")).isNull();
        assertThat(row.getInteger("reopened")).isEqualTo(1);
        assertThat(row.getBoolean("overdue")).as("the callback's time limit had been missed by then").isTrue();

        assertThat(live(closedLater).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void headquartersSeesEveryUnitAsOfTheInstantAndTheFiltersApply() throws Exception {
        var asked = get("/api/ledger").param("asOf", asOf.toString()).param("size", "500")
                .header(AUTHORIZATION, Callers.supervisorHq());
        http.perform(asked).andExpect(status().isOk()).andExpect(header().string("X-As-Of", asOf.toString()));
        assertThat(rows(asked)).containsOnlyKeys(closedLater.complaintId(), ofChaoyang.complaintId());

        assertThat(rows(get("/api/ledger").param("asOf", asOf.toString()).param("unit", "BJ").param("size", "500")
                .header(AUTHORIZATION, Callers.supervisorHq()))).containsOnlyKeys(ofChaoyang.complaintId());
        assertThat(rows(get("/api/ledger").param("asOf", asOf.toString()).param("status", "CLOSED").param("size", "500")
                .header(AUTHORIZATION, Callers.supervisorHq()))).isEmpty();
    }

    @Test
    void theExportAsOfTheInstantHoldsTheSameRows() throws Exception {
        var response = http.perform(get("/api/ledger/export.csv").param("asOf", asOf.toString())
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                .andExpect(status().isOk()).andReturn();
        String csv = http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(response)).andReturn().getResponse().getContentAsString();

        assertThat(response.getResponse().getHeader("Content-Disposition"))
                .contains("ledger-SH-PD-all-as-of-" + asOf.toString().replace(':', '-') + ".csv");
        assertThat(csv).contains("SH-PD-" + closedLater.complaintId()).doesNotContain(receivedLater.complaintId())
                .doesNotContain(ofChaoyang.complaintId());
        assertNoScratchLeft();
    }

    @Test
    void aPudongCoordinatorAskingAboutChaoyangAsOfTheInstantIsRefused() throws Exception {
        http.perform(get("/api/ledger").param("asOf", asOf.toString()).param("unit", "BJ-CY")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].rule").value("unit-scope"));
    }

    @Test
    void aMalformedOrFutureInstantIsRefusedNamingAsOf() throws Exception {
        for (String malformed : List.of("2026-11-05", "yesterday", "2026-13-01T00:00:00Z")) {
            http.perform(get("/api/ledger").param("asOf", malformed).header(AUTHORIZATION, Callers.supervisorHq()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                    .andExpect(jsonPath("$.errors[0].rule").value("type"));
        }
        String future = Instant.now().plus(Duration.ofDays(1)).toString();
        for (String path : List.of("/api/ledger", "/api/ledger/export.csv")) {
            http.perform(get(path).param("asOf", future).header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                    .andExpect(jsonPath("$.errors[0].rule").value("past"));
        }
        assertNoScratchLeft();
    }

    /** The complaint's row in the live ledger, or an empty document while it is not there. */
    private Document live(Story story) throws Exception {
        var response = http.perform(get("/api/ledger/" + ((ComplaintReceived) story.events().get(0).data()).registrationNumber())
                .header(AUTHORIZATION, Callers.supervisorHq())).andReturn().getResponse();
        return response.getStatus() == 200 ? Document.parse(response.getContentAsString()) : new Document();
    }

    /** The rows of this test's complaints in the answer, by complaint id. */
    private Map<String, Document> rows(org.springframework.test.web.servlet.RequestBuilder asked) throws Exception {
        var response = http.perform(asked).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(Long.parseLong(response.getHeader("X-Total-Count"))).as("every row on the one page asked")
                .isLessThanOrEqualTo(500);
        String body = response.getContentAsString();
        List<Document> all = Document.parse("{\"rows\":" + body + "}").getList("rows", Document.class);
        Map<String, Document> mine = new java.util.TreeMap<>();
        all.stream().filter(row -> row.getString("complaintId").endsWith(run))
                .forEach(row -> mine.put(row.getString("complaintId"), row));
        return mine;
    }

    private void assertNoScratchLeft() {
        assertThat(mongo.getCollectionNames()).as("scratch generations of past ledgers")
                .noneMatch(name -> name.matches(".*_g\\d{10}"));
    }
}
