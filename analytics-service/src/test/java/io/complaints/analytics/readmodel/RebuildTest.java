package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
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
import io.complaints.analytics.ledger.Ledger;
import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.analytics.TestStores;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicWriter;

/**
 * From the broker to the API, and rebuilt at will: events on both topics become ledger rows; a
 * rebuild replays the topics from their beginning into a new generation aside, while the live one
 * answers, and the rebuilt rows equal the live ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RebuildTest {

    private static final UnitRef UNIT = new UnitRef("GZ-TH", List.of("HQ", "GZ", "GZ-TH"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_rebuild");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Generations generations;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void theRebuiltReadModelsEqualTheLiveOnes() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Story story = i % 2 == 0
                    ? Story.whole(id, UNIT, Instant.now())
                    : Story.received(id, UNIT, 3, Instant.now());
            publish(story.events());
        }
        Generation before = generations.live();
        await().atMost(Duration.ofSeconds(60)).until(() -> closedRows(before) == 6 && rows(before).size() == 12);
        List<Document> live = rows(before);

        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("RUNNING"));
        http.perform(get("/api/ledger?unit=GZ-TH&size=100").header("Authorization", Callers.supervisorHq())).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(progress()));

        Generation after = generations.live();
        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(rows(after)).isEqualTo(live);
        assertThat(mongo.collectionExists(before.collection(Ledger.COLLECTION))).as("the old generation is dropped")
                .isFalse();
        http.perform(get("/api/ledger?unit=GZ-TH&size=100").header("Authorization", Callers.supervisorHq())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12));
        http.perform(get("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(jsonPath("$.applied").isNumber())
                .andExpect(jsonPath("$.generation").value(after.number()));
    }

    private String progress() throws Exception {
        String body = http.perform(get("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andReturn().getResponse().getContentAsString();
        return Document.parse(body).getString("state");
    }

    private void publish(List<CloudEvent<Object>> events) {
        String kafka = Infrastructure.shared().kafkaBootstrapServers();
        for (CloudEvent<Object> event : events) {
            String topic = event.type().equals(EventTypes.COMPLAINT_RECEIVED) ? Topics.INTAKE : Topics.HANDLING;
            TopicWriter.send(kafka, topic, event.subject(), codec.encode(event));
        }
    }

    private long closedRows(Generation generation) {
        return rows(generation).stream().filter(row -> "CLOSED".equals(row.getString("caseStatus"))).count();
    }

    /** This test's rows, without when analytics happened to write them. */
    private List<Document> rows(Generation generation) {
        return mongo.findAll(Document.class, generation.collection(Ledger.COLLECTION)).stream()
                .filter(row -> "GZ-TH".equals(row.getString("unitCode")))
                .peek(row -> row.remove("visibleAt"))
                .sorted(Comparator.comparing(row -> row.getString("_id")))
                .toList();
    }
}
