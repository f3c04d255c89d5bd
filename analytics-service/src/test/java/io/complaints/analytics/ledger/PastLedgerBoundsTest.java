package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.testsupport.SampleEvents;

/**
 * One question about the past cannot make the service replay more history than it is configured to:
 * here one record, where the topics hold more. It is refused before anything is read or written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PastLedgerBoundsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_past_bounds");
        registry.add("complaints.analytics.past.max-records", () -> "1");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void aHistoryLongerThanTheBoundIsRefusedBeforeAnythingIsReplayed() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(2));
        Story.whole("bounded-" + UUID.randomUUID(), SampleEvents.PUDONG, received).publish();

        http.perform(get("/api/ledger").param("asOf", received.plusSeconds(3600).toString())
                        .header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("past-history-too-long"));

        assertThat(mongo.getCollectionNames()).noneMatch(name -> name.matches(".*_g\\d{10}"));
    }
}
