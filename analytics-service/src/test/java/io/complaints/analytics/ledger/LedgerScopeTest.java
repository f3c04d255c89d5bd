package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;

/**
 * The ledger over HTTP as each unit sees it, fed the events of complaints of three units: a branch
 * sees its own rows, a subsidiary its own and its branches', headquarters all; a row of another
 * unit is not found, a selection of another unit refused; and nothing of the ledger changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerScopeTest {

    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef XUHUI = new UnitRef("SH-XH", List.of("HQ", "SH", "SH-XH"));
    private static final UnitRef CHAOYANG = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_ledger_scope");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Generations generations;

    @Autowired
    private MongoTemplate mongo;

    @BeforeAll
    void complaintsOfPudongXuhuiAndChaoyang() {
        List.of(Story.whole("p-1", PUDONG, Instant.parse("2026-11-01T02:00:00Z")),
                        Story.received("p-2", PUDONG, 3, Instant.parse("2026-11-02T02:00:00Z")),
                        Story.whole("x-1", XUHUI, Instant.parse("2026-11-03T02:00:00Z")),
                        Story.whole("c-1", CHAOYANG, Instant.parse("2026-11-04T02:00:00Z")),
                        Story.received("c-2", CHAOYANG, 2, Instant.parse("2026-11-05T02:00:00Z")))
                .forEach(story -> story.events().forEach(event -> ledger.apply(event, generations.live())));
    }

    @Test
    void aPudongUserListingTheLedgerWithoutAFilterSeesOnlyPudongsRows() throws Exception {
        http.perform(get("/api/ledger").param("sort", "receivedAt,asc")
                        .header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH-PD")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[*].registrationNumber").value(contains("SH-PD-p-1", "SH-PD-p-2")))
                .andExpect(jsonPath("$[*].unitCode").value(contains("SH-PD", "SH-PD")));
    }

    @Test
    void aSubsidiarySeesItsBranchesRowsAndHeadquartersEveryRow() throws Exception {
        http.perform(get("/api/ledger").header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[*].registrationNumber")
                        .value(containsInAnyOrder("SH-PD-p-1", "SH-PD-p-2", "SH-XH-x-1")));
        http.perform(get("/api/ledger").param("unit", "SH-XH")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH")))
                .andExpect(header().string("X-Total-Count", "1"));
        http.perform(get("/api/ledger").header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(header().string("X-Total-Count", "5"));
    }

    @Test
    void aSelectionOfAnotherUnitOrOfTheUnitAboveIsRefused() throws Exception {
        for (String unit : List.of("BJ-CY", "BJ", "SH", "HQ", "SH-XH", "NOWHERE")) {
            http.perform(get("/api/ledger").param("unit", unit)
                            .header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH-PD")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].rule").value("unit-scope"))
                    .andExpect(header().doesNotExist("X-Total-Count"));
        }
    }

    /** A problem without the path it was asked at. */
    private static Document withoutInstance(String problem) {
        Document parsed = Document.parse(problem);
        parsed.remove("instance");
        return parsed;
    }

    @Test
    void aRowOfAnotherUnitIsNotFoundAsIfItDidNotExist() throws Exception {
        String other = http.perform(get("/api/ledger/BJ-CY-c-1")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String nobody = http.perform(get("/api/ledger/SH-PD-nobody")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutInstance(other)).as("the same answer as for no row at all")
                .isEqualTo(withoutInstance(nobody));

        http.perform(get("/api/ledger/SH-PD-p-1").header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-XH")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/ledger/SH-PD-p-1").header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.registrationNumber").value("SH-PD-p-1"));
        http.perform(get("/api/ledger/BJ-CY-c-1").header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isOk());
        assertThat(mongo.count(new Query(), generations.live().collection(Ledger.COLLECTION)))
                .as("nothing of the ledger changed").isEqualTo(5);
    }
}
