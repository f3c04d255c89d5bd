package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
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
import io.complaints.analytics.ledger.Ledger;
import io.complaints.events.CloudEvent;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.outbox.RepublishedHistory;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicReader;
import io.complaints.testsupport.TopicWriter;

/**
 * A rebuild replays the topics from their beginning; when the beginning of one was deleted (as the
 * broker's retention would), the rebuild is refused with a problem naming the topic and partition,
 * and the live read models stay as they were. The replayed topics here are intake's and one of this
 * test's own, whose first records the test deletes, so that other tests keep their topics whole.
 */
@SpringBootTest(properties = "spring.application.name=analytics-refusal-test")
@AutoConfigureMockMvc
class RebuildRefusalTest {

    private static final String TRUNCATED = "rebuild-refusal-" + UUID.randomUUID();
    private static final UnitRef UNIT = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_refusal");
        registry.add("complaints.kafka.consumes[0]", () -> Topics.INTAKE);
        registry.add("complaints.kafka.consumes[1]", () -> TRUNCATED);
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Generations generations;

    private final CloudEventCodec codec = new CloudEventCodec();
    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();

    @Test
    void aTopicWhoseBeginningWasDeletedRefusesTheRebuildAndTheLiveModelsStay() throws Exception {
        String id = UUID.randomUUID().toString();
        for (CloudEvent<Object> event : Story.received(id, UNIT, 2, Instant.now()).events()) {
            TopicWriter.send(kafka, Topics.INTAKE, id, codec.encode(event));
        }
        Generation live = generations.live();
        await().atMost(Duration.ofSeconds(60)).until(() -> row(live, id) != null);
        Document before = row(live, id);
        String progressBefore = progress();

        String key = UUID.randomUUID().toString();
        TopicWriter.send(kafka, TRUNCATED, key, "first".getBytes(), "second".getBytes(), "third".getBytes());
        ConsumerRecord<String, byte[]> first = TopicReader.read(kafka, TRUNCATED, read -> !read.isEmpty(),
                Duration.ofSeconds(30)).getFirst();
        TopicPartition partition = new TopicPartition(TRUNCATED, first.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(first.offset() + 1))).all().get();
        }

        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].rule").value(TopicHistory.RULE))
                .andExpect(jsonPath("$.detail").value(containsString(TRUNCATED + " partition " + first.partition()
                        + " begins at offset " + (first.offset() + 1))))
                .andExpect(jsonPath("$.detail").value(containsString("Republish the event store")));

        assertThat(generations.live()).isEqualTo(live);
        assertThat(generations.building()).isEmpty();
        assertThat(row(live, id)).isEqualTo(before);
        assertThat(progress()).isEqualTo(progressBefore);
    }

    @Test
    void afterACompleteRepublishTheRebuildStartsWhereTheWholeHistoryBeginsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        TopicWriter.send(kafka, TRUNCATED, key, "lost".getBytes(), "kept".getBytes());
        ConsumerRecord<String, byte[]> last = TopicReader.read(kafka, TRUNCATED,
                read -> read.stream().filter(r -> key.equals(r.key())).count() == 2, Duration.ofSeconds(30)).getLast();
        TopicPartition partition = new TopicPartition(TRUNCATED, last.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(last.offset()))).all().get();
        }
        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isConflict());

        // what a republish of the source's store records when it ran to its end: where it began
        Map<Integer, Long> from = new java.util.HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            int partitions = admin.describeTopics(List.of(TRUNCATED)).allTopicNames().get().get(TRUNCATED)
                    .partitions().size();
            for (int p = 0; p < partitions; p++) {
                TopicPartition each = new TopicPartition(TRUNCATED, p);
                from.put(p, admin.listOffsets(Map.of(each, OffsetSpec.earliest())).all().get().get(each).offset());
            }
        }
        assertThat(from).containsEntry(last.partition(), last.offset());
        TopicWriter.send(kafka, RepublishedHistory.TOPIC, TRUNCATED,
                new RepublishedHistory(TRUNCATED, "job-1", 1, Instant.now(), from).toJson());

        Generation live = generations.live();
        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> progress().contains("\"state\":\"DONE\""));
        assertThat(generations.live().number()).isEqualTo(live.number() + 1);
    }

    private String progress() throws Exception {
        return http.perform(get("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andReturn().getResponse().getContentAsString();
    }

    private Document row(Generation generation, String id) {
        Document row = mongo.findById(id, Document.class, generation.collection(Ledger.COLLECTION));
        if (row != null) {
            row.remove("visibleAt");
        }
        return row;
    }
}
