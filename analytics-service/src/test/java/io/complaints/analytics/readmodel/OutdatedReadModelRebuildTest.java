package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.events.CaseOpened;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.UnitRef;

/**
 * A figure added over all history by replay: time to first contact, in the statistics' version 2.
 * The history was published and counted by version 1 (buckets without the figure, the live generation
 * recorded at version 1); the outdated statistics start a rebuild by themselves, whose progress the
 * operators see go from 0 to 100 % per topic, an intermediate state included (the rebuild is held, by
 * a read model of this test, at its second poll of five records until the test has seen it); after it
 * the figure is there over the whole history, per unit and month, as computed by hand.
 */
@SpringBootTest(properties = "spring.application.name=analytics-outdated-test")
@AutoConfigureMockMvc
class OutdatedReadModelRebuildTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final UnitRef EAST = new UnitRef("FC-E" + RUN, List.of("HQ", "FC" + RUN, "FC-E" + RUN));
    private static final UnitRef WEST = new UnitRef("FC-W" + RUN, List.of("HQ", "FC" + RUN, "FC-W" + RUN));
    private static final Instant OCTOBER = Instant.parse("2026-10-12T01:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_outdated");
        registry.add("complaints.analytics.rebuild.records-per-poll", () -> "5");
    }

    /** Holds the rebuild's second poll until the test opens it; the live feed passes. */
    static final class Gate implements ReadModel {

        private final Generations generations;
        private final AtomicInteger rebuildPolls = new AtomicInteger();
        private final CountDownLatch open = new CountDownLatch(1);

        Gate(Generations generations) {
            this.generations = generations;
        }

        @Override
        public void applyAll(List<CloudEvent<Object>> events, Generation generation) {
            boolean rebuilding = generations.building().filter(generation::equals).isPresent();
            if (rebuilding && rebuildPolls.incrementAndGet() == 2) {
                try {
                    open.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public List<String> collections() {
            return List.of("rebuild_gate");
        }
    }

    @TestConfiguration
    static class HeldRebuild {

        @Bean
        Gate gate(Generations generations) {
            return new Gate(generations);
        }
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Generations generations;

    @Autowired
    private ReadModelVersions versions;

    @Autowired
    private RebuildWhenOutdated whenOutdated;

    @Autowired
    private Gate gate;

    @Test
    void theNewFigureIsComputedOverTheWholeHistoryByARebuildWhoseProgressShows() throws Exception {
        // East: contacted after 2 h, 5 h and 30 h, one not yet; West: after 10 h (all received in October)
        contacted("e1", EAST, Duration.ofHours(2));
        contacted("e2", EAST, Duration.ofHours(5));
        contacted("e3", EAST, Duration.ofHours(30));
        Story.received("e4-" + RUN, EAST, 3, OCTOBER.plusSeconds(300)).publish();
        contacted("w1", WEST, Duration.ofHours(10));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(total("FC" + RUN)).isEqualTo(5);
            assertThat(statistics(EAST.code()).get("firstContact", Document.class).getInteger("contacted")).isEqualTo(3);
            assertThat(statistics(WEST.code()).get("firstContact", Document.class).getInteger("contacted")).isEqualTo(1);
            assertThat(mongo.find(query(where("dirty").is(true)), Document.class,
                    generations.live().collection("statistics_dirty_months"))).as("months waiting for a recompute").isEmpty();
        });
        countedByVersionOne();
        assertThat(statistics(EAST.code()).get("firstContact")).as("before the rebuild").isNull();
        assertThat(versions.outdated()).containsExactly("statistics_buckets");
        Generation before = generations.live();

        Optional<RebuildProgress> started = whenOutdated.rebuildIfOutdated();

        assertThat(started).as("a rebuild started by itself").isPresent();
        assertThat(started.get().percent()).isZero();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Document held = progress();
            assertThat(held.getString("state")).isEqualTo("RUNNING");
            long applied = ((Number) held.get("applied")).longValue();
            assertThat(applied).as("records read while held").isPositive()
                    .isLessThan(((Number) held.get("total")).longValue());
            assertThat(held.getInteger("percent")).isBetween(0, 99);
            assertThat(held.get("secondsLeft")).isNotNull();
            assertThat(held.getList("topics", Document.class)).extracting(t -> t.getString("topic"))
                    .containsExactly("complaints.handling.v1", "complaints.intake.v1");
            held.getList("topics", Document.class).forEach(topic ->
                    assertThat(((Number) topic.get("read")).longValue())
                            .isLessThanOrEqualTo(((Number) topic.get("toRead")).longValue()));
        });
        gate.open.countDown();
        await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(progress().getString("state")));

        Document done = progress();
        assertThat(done.getInteger("percent")).isEqualTo(100);
        assertThat(((Number) done.get("applied")).longValue()).isEqualTo(((Number) done.get("total")).longValue());
        assertThat(generations.live().number()).isEqualTo(before.number() + 1);
        assertThat(versions.outdated()).isEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(statistics(EAST.code()).get("firstContact", Document.class))
                    .isEqualTo(new Document("contacted", 3).append("medianHours", 5).append("p90Hours", 30));
            assertThat(statistics(WEST.code()).get("firstContact", Document.class))
                    .isEqualTo(new Document("contacted", 1).append("medianHours", 10).append("p90Hours", 10));
            assertThat(statistics("FC" + RUN).get("firstContact", Document.class))
                    .isEqualTo(new Document("contacted", 4).append("medianHours", 5).append("p90Hours", 30));
        });
    }

    private void contacted(String id, UnitRef unit, Duration after) {
        String complaint = id + "-" + RUN;
        Story.received(complaint, unit, 3, OCTOBER)
                .then(Duration.ofMinutes(1), new CaseOpened(complaint, unit.code() + "-" + complaint, unit, 3,
                        OCTOBER.plusSeconds(60)))
                .then(after.minusMinutes(1), new ComplainantContacted(complaint, OCTOBER.plus(after), "called"))
                .publish();
    }

    /**
     * The live generation as the code before the figure left it: recorded at version 1, and buckets
     * without the figure anywhere (as that code wrote them).
     */
    private void countedByVersionOne() {
        versions.recordLive("statistics_buckets", 1);
        String buckets = generations.live().collection("statistics_buckets");
        for (Document bucket : mongo.find(query(where("_id").regex("^FC")), Document.class, buckets)) {
            mongo.save(withoutFirstContacts(bucket), buckets);
        }
    }

    private static Document withoutFirstContacts(Document document) {
        document.remove("firstContacts");
        document.values().forEach(value -> {
            if (value instanceof Document inner) {
                withoutFirstContacts(inner);
            } else if (value instanceof List<?> list) {
                list.stream().filter(Document.class::isInstance).forEach(inner -> withoutFirstContacts((Document) inner));
            }
        });
        return document;
    }

    private long total(String unit) throws Exception {
        return ((Number) statistics(unit).get("total")).longValue();
    }

    private Document statistics(String unit) throws Exception {
        String body = http.perform(get("/api/statistics").param("unit", unit).param("period", "2026-10")
                        .header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Document.parse(body).get("figures", Document.class);
    }

    private Document progress() throws Exception {
        return Document.parse(http.perform(get("/api/admin/rebuild").header(AUTHORIZATION, Callers.operatorHq()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
