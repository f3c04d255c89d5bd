package io.complaints.analytics.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.events.CloudEvent;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;
import io.complaints.analytics.TestStores;

/** A complaint's history over HTTP, as the service's read models are fed. */
@SpringBootTest
@AutoConfigureMockMvc
class TimelineHttpTest {

    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_timeline");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private Timeline timeline;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Generations generations;

    @Test
    void theWholeHistoryAcrossTheServicesOldestFirst() throws Exception {
        List<CloudEvent<Object>> delivered = new ArrayList<>(Story.whole("t-1", PUDONG,
                Instant.parse("2026-10-31T17:00:00Z")).events());
        Collections.shuffle(delivered, new Random(3));
        delivered.forEach(event -> timeline.apply(event, generations.live()));

        http.perform(get("/api/complaints/t-1/timeline").header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(31)))
                .andExpect(jsonPath("$[0].type").value("ComplaintReceived"))
                .andExpect(jsonPath("$[0].service").value("intake"))
                .andExpect(jsonPath("$[0].time").value("2026-10-31T17:00:00Z"))
                .andExpect(jsonPath("$[0].what").value("Received SH-PD-t-1 by HOTLINE: BILLING, level 2"))
                .andExpect(jsonPath("$[0].complainant").doesNotExist())
                .andExpect(jsonPath("$[1].type").value("CaseOpened"))
                .andExpect(jsonPath("$[1].service").value("handling"))
                .andExpect(jsonPath("$[10].type").value("RemedyDeclined"))
                .andExpect(jsonPath("$[10].why").value("too little"))
                .andExpect(jsonPath("$[10].actor").value("someone"))
                .andExpect(jsonPath("$[10].unit").value("SH-PD"))
                .andExpect(jsonPath("$[10].sequence").value(9))
                .andExpect(jsonPath("$[30].type").value("EscalationsResolved"));
    }

    @Test
    void aChaoyangUserReadingThePudongComplaintsTimelineFindsNothing() throws Exception {
        Story.whole("t-2", PUDONG, Instant.parse("2026-11-02T00:00:00Z")).events().forEach(event -> {
            ledger.apply(event, generations.live());
            timeline.apply(event, generations.live());
        });

        String chaoyang = http.perform(get("/api/complaints/t-2/timeline")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "BJ-CY")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String unknown = http.perform(get("/api/complaints/nobody-knows/timeline")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "BJ-CY")))
                .andReturn().getResponse().getContentAsString();
        assertThat(chaoyang.replace("/t-2/", "/nobody-knows/")).as("the same answer as for a complaint nobody knows")
                .isEqualTo(unknown);
        http.perform(get("/api/complaints/t-2/timeline").header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH-XH")))
                .andExpect(status().isNotFound());

        http.perform(get("/api/complaints/t-2/timeline").header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH-PD")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(31)));
        http.perform(get("/api/complaints/t-2/timeline").header(AUTHORIZATION, Callers.of(Role.ANALYST, "SH")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(31)));
        assertThat(timeline.of("t-2", generations.live())).as("nothing of the history changed").hasSize(31);
    }

    @Test
    void aComplaintWhoseUnitIsNotKnownYetIsSeenByHeadquartersOnly() throws Exception {
        List<CloudEvent<Object>> handlingOnly = Story.whole("t-3", PUDONG, Instant.parse("2026-11-02T00:00:00Z"))
                .events().subList(2, 6); // triage onwards: no event naming the complaint's unit yet
        handlingOnly.forEach(event -> {
            ledger.apply(event, generations.live());
            timeline.apply(event, generations.live());
        });

        http.perform(get("/api/complaints/t-3/timeline").header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH-PD")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/complaints/t-3/timeline").header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(4)));
    }

    @Test
    void aComplaintWithNoHistoryIsAProblem() throws Exception {
        http.perform(get("/api/complaints/nobody-knows/timeline").header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("No history"))
                .andExpect(jsonPath("$.status").value(404));
    }
}
