package io.complaints.analytics.statistics;

import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.events.CaseOutcome;
import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.analytics.Callers;
import io.complaints.analytics.TestStores;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicWriter;

/**
 * The service as it runs: events on both topics reach the ledger and the statistics, the months are
 * recomputed on their own, and the figures show over HTTP within moments.
 */
@SpringBootTest(properties = {
        "spring.application.name=analytics-statistics-test",
        "complaints.analytics.statistics.recompute-every=100ms"})
@AutoConfigureMockMvc
class StatisticsFeedTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_statistics");
    }

    @Autowired
    private MockMvc http;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void publishedComplaintsShowInTheFiguresOfTheirUnitsWithinMoments() throws Exception {
        // a subsidiary of its own, so that other tests' complaints on the same topics do not count here
        String subsidiary = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        UnitRef branch = new UnitRef(subsidiary + "-A", List.of("HQ", subsidiary, subsidiary + "-A"));
        publish(ComplaintHistory.received(subsidiary + "-1", branch, "2026-11-03T10:00", Category.BILLING,
                Channel.HOTLINE, 3).triaged(3, "billing").cause("METER-READING").met(TimeLimit.SETTLE)
                .callback(Satisfaction.SATISFIED).closed(CaseOutcome.RESOLVED, Duration.ofHours(6)).events());
        publish(ComplaintHistory.received(subsidiary + "-2", branch, "2026-11-04T10:00", Category.DELIVERY,
                Channel.PHONE, 3).triaged(3, "logistics").missed(TimeLimit.SETTLE).events());

        // on time 1/2, resolved 1/2, callbacks 1/1; closed one, 6 h
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http
                .perform(get("/api/statistics?unit=" + subsidiary + "&period=2026-11")
                        .header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.total").value(2))
                .andExpect(jsonPath("$.figures.onTime.rate").value(0.5))
                .andExpect(jsonPath("$.figures.resolution.numerator").value(1))
                .andExpect(jsonPath("$.figures.satisfaction.rate").value(1))
                .andExpect(jsonPath("$.figures.timeToClose.p90Hours").value(6)));

        http.perform(get("/api/statistics/causes?unit=" + subsidiary + "&period=2026")
                        .header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.causes[0].cause").value("METER-READING"))
                .andExpect(jsonPath("$.withoutCause").value(1));
        http.perform(get("/api/statistics?unit=" + subsidiary).header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
    }

    private void publish(List<CloudEvent<Object>> events) {
        String kafka = Infrastructure.shared().kafkaBootstrapServers();
        for (CloudEvent<Object> event : events) {
            String topic = ComplaintHistory.fromIntake(event) ? Topics.INTAKE : Topics.HANDLING;
            TopicWriter.send(kafka, topic, event.subject(), codec.encode(event));
        }
    }
}
