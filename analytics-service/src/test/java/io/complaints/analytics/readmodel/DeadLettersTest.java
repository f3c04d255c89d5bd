package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.kafka.PoisonEventException;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicWriter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Dead letters over the real broker: a record the feed cannot process is parked, listed for the
 * operator without its personal data, and either discarded with a reason or replayed once the
 * failure is fixed, and then processed. Decided ones are no longer pending, and the gauge follows.
 */
@SpringBootTest(properties = {
        "spring.application.name=" + DeadLettersTest.GROUP,
        "complaints.dead-letters.count-every=200ms",
        "management.prometheus.metrics.export.enabled=true"})
@AutoConfigureMockMvc
class DeadLettersTest {

    static final String GROUP = "analytics-dead-letters-test";
    private static final String DLT = Topics.deadLetter(Topics.INTAKE, GROUP);
    private static final String CANARY_PHONE = "13987654321";
    private static final UnitRef UNIT = new UnitRef("DL-1", List.of("HQ", "DL", "DL-1"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_dead_letters");
    }

    /** A read model with a bug for some complaints, until it is fixed. */
    static final class RefusingModel implements ReadModel {
        final Set<String> refused = ConcurrentHashMap.newKeySet();
        final Set<String> applied = ConcurrentHashMap.newKeySet();

        @Override
        public void applyAll(List<CloudEvent<Object>> events, Generation generation) {
            for (CloudEvent<Object> event : events) {
                if (refused.contains(event.subject())) {
                    throw new PoisonEventException("cannot place complaint " + event.subject());
                }
            }
            events.forEach(event -> applied.add(event.id()));
        }

        @Override
        public List<String> collections() {
            return List.of();
        }
    }

    @TestConfiguration
    static class WithRefusingModel {
        @Bean
        RefusingModel refusingModel() {
            return new RefusingModel();
        }
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private RefusingModel model;

    @Autowired
    private MeterRegistry meters;

    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();

    @Test
    void aPoisonRecordIsListedWithoutItsPersonalDataAndDiscardedWithAReason() throws Exception {
        String complaint = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        // no specversion: the envelope breaks the contract, and the data holds a complainant's phone
        byte[] poison = ("{\"id\":\"" + eventId + "\",\"type\":\"" + EventTypes.COMPLAINT_RECEIVED
                + "\",\"source\":\"/intake-service\",\"subject\":\"" + complaint + "\",\"data\":{\"complainant\":"
                + "{\"name\":\"张三\",\"phone\":\"" + CANARY_PHONE + "\"}}}").getBytes(StandardCharsets.UTF_8);
        TopicWriter.send(kafka, Topics.INTAKE, complaint, poison);

        Document entry = awaitListed(eventId);
        String listing = http.perform(get("/api/admin/dead-letters").header("Authorization", Callers.operatorHq())).andReturn().getResponse().getContentAsString();
        assertThat(listing).doesNotContain(CANARY_PHONE).doesNotContain("张三").doesNotContain("\"data\"");
        assertThat(entry.getString("key")).isEqualTo(complaint);
        assertThat(entry.getString("eventType")).isEqualTo(EventTypes.COMPLAINT_RECEIVED);
        assertThat(entry.getString("originalTopic")).isEqualTo(Topics.INTAKE);
        assertThat(entry.getString("exception")).endsWith("MalformedEventException");
        assertThat(entry.getString("message")).contains("specversion");
        assertThat(entry.getInteger("valueSize")).isEqualTo(poison.length);
        String at = path(entry);
        http.perform(get("/api/admin/dead-letters/" + at).header("Authorization", Callers.operatorHq())).andExpect(status().isOk())
                .andExpect(jsonPath("$.eventId").value(eventId))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(CANARY_PHONE))));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingGauge() >= 1);
        double pendingBefore = pendingGauge();

        http.perform(post("/api/admin/dead-letters/" + at + "/discard").header("Authorization", Callers.operatorHq()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        http.perform(post("/api/admin/dead-letters/" + at + "/discard").header("Authorization", Callers.operatorHq()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"test record from a misconfigured branch system\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value("DISCARDED"))
                .andExpect(jsonPath("$.reason").value("test record from a misconfigured branch system"))
                .andExpect(jsonPath("$.decidedAt").isNotEmpty())
                .andExpect(jsonPath("$.decidedBy").value("operator.hq"));

        assertThat(listedEventIds()).doesNotContain(eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingGauge() == pendingBefore - 1);
        http.perform(post("/api/admin/dead-letters/" + at + "/discard").header("Authorization", Callers.operatorHq()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("dead-letter-pending"));
        http.perform(get("/actuator/prometheus").header("Authorization", Callers.operatorHq())).andExpect(content().string(containsString(
                "complaints_dead_letters_pending{application=\"" + GROUP + "\",topic=\"" + DLT + "\"}")));
    }

    @Test
    void aRecordReplayedAfterTheFailureWasFixedIsProcessed() throws Exception {
        String complaint = UUID.randomUUID().toString();
        CloudEvent<Object> received = Story.received(complaint, UNIT, 3, Instant.now()).events().getFirst();
        model.refused.add(complaint);
        TopicWriter.send(kafka, Topics.INTAKE, complaint, new CloudEventCodec().encode(received));

        Document entry = awaitListed(received.id());
        assertThat(entry.getString("exception")).endsWith("PoisonEventException");
        assertThat(model.applied).doesNotContain(received.id());

        model.refused.remove(complaint); // the fix is deployed
        http.perform(post("/api/admin/dead-letters/" + path(entry) + "/replay").header("Authorization", Callers.operatorHq()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value("REPLAYED"));

        await().atMost(Duration.ofSeconds(60)).until(() -> model.applied.contains(received.id()));
        assertThat(listedEventIds()).doesNotContain(received.id());
        http.perform(post("/api/admin/dead-letters/" + path(entry) + "/replay").header("Authorization", Callers.operatorHq())).andExpect(status().isConflict());
        http.perform(post("/api/admin/dead-letters/" + DLT + "/0/999999/replay").header("Authorization", Callers.operatorHq())).andExpect(status().isNotFound());
        http.perform(get("/api/admin/dead-letters/not-a-dead-letter-topic/0/0").header("Authorization", Callers.operatorHq())).andExpect(status().isNotFound());
    }

    private Document awaitListed(String eventId) {
        Document[] found = new Document[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            found[0] = entries().stream().filter(e -> eventId.equals(e.getString("eventId"))).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private List<String> listedEventIds() throws Exception {
        return entries().stream().map(e -> e.getString("eventId")).toList();
    }

    private List<Document> entries() throws Exception {
        String body = http.perform(get("/api/admin/dead-letters").header("Authorization", Callers.operatorHq())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Document> topics = Document.parse("{\"topics\":" + body + "}").getList("topics", Document.class);
        return topics.stream().filter(t -> DLT.equals(t.getString("topic")))
                .flatMap(t -> t.getList("entries", Document.class).stream()).toList();
    }

    private double pendingGauge() {
        return meters.get("complaints.dead.letters.pending").tag("topic", DLT).gauge().value();
    }

    private static String path(Document entry) {
        return entry.getString("topic") + "/" + entry.getInteger("partition") + "/" + entry.get("offset");
    }
}
