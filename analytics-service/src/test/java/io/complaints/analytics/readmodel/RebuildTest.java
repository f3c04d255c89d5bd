package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

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
import io.complaints.analytics.TestStores;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.timeline.Timeline;
import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicWriter;

/**
 * From the broker to the API, and rebuilt at will: events on both topics become ledger rows,
 * timeline entries and statistics; a rebuild replays the topics from their beginning into a new
 * generation aside, while the live one answers, and the rebuilt read models equal the live ones,
 * also for events that arrived while the rebuild replayed and switched.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RebuildTest {

    private static final UnitRef UNIT = new UnitRef("GZ-TH", List.of("HQ", "GZ", "GZ-TH"));
    private static final String BUCKETS = "statistics_buckets";
    private static final String DIRTY_MONTHS = "statistics_dirty_months";

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

    /** Each complaint this test published, and how many events its story has. */
    private final Map<String, Story> published = new ConcurrentHashMap<>();

    @Test
    void theRebuiltReadModelsEqualTheLiveOnes() throws Exception {
        for (int i = 0; i < 12; i++) {
            publishStory(i % 2 == 0);
        }
        Generation before = generations.live();
        awaitEverythingApplied(before);
        ReadModels live = readModels(before);

        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("RUNNING"));
        http.perform(get("/api/ledger?unit=GZ-TH&size=100").header("Authorization", Callers.supervisorHq())).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(progress()));

        Generation after = generations.live();
        assertThat(after.number()).isEqualTo(before.number() + 1);
        awaitEverythingApplied(after);
        assertSame(readModels(after), live);
        assertThat(mongo.collectionExists(before.collection(Ledger.COLLECTION))).as("the old generation is dropped")
                .isFalse();
        http.perform(get("/api/ledger?unit=GZ-TH&size=100").header("Authorization", Callers.supervisorHq())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(published.size()));
        http.perform(get("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(jsonPath("$.applied").isNumber())
                .andExpect(jsonPath("$.generation").value(after.number()));
    }

    @Test
    void eventsArrivingDuringTheReplayAndTheSwitchEndUpInTheRebuiltReadModels() throws Exception {
        for (int i = 0; i < 6; i++) {
            publishStory(i % 2 == 0);
        }
        awaitEverythingApplied(generations.live());
        int publishedBefore = published.size();

        // complaints keep arriving from before the rebuild starts until after it switched; each arrives
        // as one event, so that the replay, the catch-up and the live feed never share a complaint
        AtomicBoolean switched = new AtomicBoolean();
        List<String> arrivedWhileRunning = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
            int afterTheSwitch = 0;
            while (afterTheSwitch < 3) {
                boolean running = !switched.get();
                String id = publishStory(false);
                if (running) {
                    arrivedWhileRunning.add(id);
                } else {
                    afterTheSwitch++;
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> published.size() > publishedBefore);
        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(progress()));
        switched.set(true);
        arriving.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(arrivedWhileRunning).as("complaints that arrived while the rebuild ran").isNotEmpty();

        Generation rebuilt = generations.live();
        awaitEverythingApplied(rebuilt);
        ReadModels withArrivals = readModels(rebuilt);

        // the same history replayed with nothing arriving is what the read models must hold
        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(progress())
                && generations.live().number() == rebuilt.number() + 1);
        Generation quiet = generations.live();
        awaitEverythingApplied(quiet);
        assertSame(withArrivals, readModels(quiet));
    }

    private static void assertSame(ReadModels actual, ReadModels expected) {
        assertThat(actual.ledger()).as("ledger rows").containsExactlyElementsOf(expected.ledger());
        assertThat(actual.timeline()).as("timeline entries").containsExactlyElementsOf(expected.timeline());
        assertThat(actual.statistics()).as("statistics").containsExactlyElementsOf(expected.statistics());
    }

    /** Every complaint published has its row, its whole timeline and up-to-date statistics. */
    private void awaitEverythingApplied(Generation generation) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Document> rows = ledger(generation);
            assertThat(rows).extracting(row -> row.getString("_id")).containsExactlyInAnyOrderElementsOf(published.keySet());
            rows.forEach(row -> assertThat("CLOSED".equals(row.getString("caseStatus"))).as("row %s closed", row.get("_id"))
                    .isEqualTo(published.get(row.getString("_id")).events().size() > 1));
            assertThat(timeline(generation)).hasSize(published.values().stream().mapToInt(s -> s.events().size()).sum());
            assertThat(mongo.find(query(where("dirty").is(true)), Document.class, generation.collection(DIRTY_MONTHS)))
                    .as("months whose statistics wait for a recompute").isEmpty();
        });
    }

    private String progress() throws Exception {
        String body = http.perform(get("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andReturn().getResponse().getContentAsString();
        return Document.parse(body).getString("state");
    }

    /** Publishes a new complaint of GZ-TH, closed or only received; its id. */
    private String publishStory(boolean closed) {
        String id = UUID.randomUUID().toString();
        Story story = closed ? Story.whole(id, UNIT, Instant.now()) : Story.received(id, UNIT, 3, Instant.now());
        String kafka = Infrastructure.shared().kafkaBootstrapServers();
        for (CloudEvent<Object> event : story.events()) {
            String topic = event.type().equals(EventTypes.COMPLAINT_RECEIVED) ? Topics.INTAKE : Topics.HANDLING;
            TopicWriter.send(kafka, topic, event.subject(), codec.encode(event));
        }
        published.put(id, story);
        return id;
    }

    /** What a generation holds of this test's complaints. */
    private record ReadModels(List<Document> ledger, List<Document> timeline, List<Document> statistics) {
    }

    private ReadModels readModels(Generation generation) {
        return new ReadModels(ledger(generation), timeline(generation), statistics(generation));
    }

    /** This test's rows, without when analytics happened to write them. */
    private List<Document> ledger(Generation generation) {
        return mine(generation.collection(Ledger.COLLECTION), "_id").stream().peek(row -> row.remove("visibleAt")).toList();
    }

    private List<Document> timeline(Generation generation) {
        return mine(generation.collection(Timeline.COLLECTION), "complaintId");
    }

    /** The unit's statistics, without how many changes each recompute had seen. */
    private List<Document> statistics(Generation generation) {
        return mongo.find(query(where("unit").is(UNIT.code())), Document.class, generation.collection(BUCKETS)).stream()
                .peek(bucket -> bucket.remove("basis"))
                .sorted(Comparator.comparing(bucket -> bucket.getString("_id")))
                .toList();
    }

    private List<Document> mine(String collection, String complaintField) {
        Collection<String> ids = published.keySet();
        return mongo.find(query(where(complaintField).in(ids)), Document.class, collection).stream()
                .sorted(Comparator.comparing(document -> document.get("_id").toString()))
                .toList();
    }
}
