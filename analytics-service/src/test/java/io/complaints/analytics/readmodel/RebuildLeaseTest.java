package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.TestStores;

/**
 * A rebuild holds the generation it fills under a lease it renews while it runs. One that crashed
 * leaves its marker behind with a lease that lapses: the next rebuild takes over instead of being
 * refused forever. A marker whose lease still runs means a rebuild is under way: another is refused.
 */
@SpringBootTest(properties = "spring.application.name=analytics-lease-test")
@AutoConfigureMockMvc
class RebuildLeaseTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_lease");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Generations generations;

    @Test
    void aRebuildThatCrashedDoesNotBlockTheNextOnceItsLeaseLapsed() throws Exception {
        int live = generations.live().number();
        leaveMarker(live + 1, "crashed-instance", Instant.now().minusSeconds(5));
        mongo.save(new Document("_id", "rebuild").append("state", "RUNNING").append("generation", live + 1),
                Generations.COLLECTION);

        http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> http.perform(get("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andReturn()
                .getResponse().getContentAsString().contains("\"state\":\"DONE\""));

        assertThat(generations.live().number()).isEqualTo(live + 1);
        assertThat(generations.building()).isEmpty();
    }

    @Test
    void aRebuildWhoseLeaseStillRunsBlocksAnother() throws Exception {
        int live = generations.live().number();
        leaveMarker(live + 1, "running-instance", Instant.now().plusSeconds(60));
        try {
            http.perform(post("/api/admin/rebuild").header("Authorization", Callers.operatorHq())).andExpect(status().isConflict());
            assertThat(generations.live().number()).isEqualTo(live);
        } finally {
            mongo.updateFirst(query(where("_id").is("current")), new Update().set("building", 0).unset("owner")
                    .unset("leaseUntil"), Generations.COLLECTION);
        }
    }

    /** What a rebuild that started and then stopped renewing leaves in the store. */
    private void leaveMarker(int building, String owner, Instant leaseUntil) {
        generations.live(); // the state exists
        mongo.updateFirst(query(where("_id").is("current")), new Update().set("building", building)
                .set("owner", owner).set("leaseUntil", leaseUntil), Generations.COLLECTION);
    }
}
