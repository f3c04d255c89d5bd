package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.complaints.analytics.Story;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.analytics.TestStores;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicReader;
import io.complaints.testsupport.TopicWriter;

/**
 * The live feed applies what a poll brings in one go; an unreadable record among them is set aside
 * on the dead-letter topic alone, and the events around it reach the read models.
 */
@SpringBootTest(properties = "spring.application.name=analytics-feed-test")
class EventFeedTest {

    /** A unit of its own: other tests on the same topics count their complaints at theirs. */
    private static final UnitRef UNIT = new UnitRef("FD-1", List.of("HQ", "FD", "FD-1"));
    private static final String GROUP = "analytics-feed-test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.register(registry, "analytics_feed");
    }

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Generations generations;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void anUnreadableRecordAmongGoodOnesGoesToTheDeadLetterTopicAloneAndTheOthersAreApplied() {
        String key = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        byte[] unreadable = ("{\"not\": \"an event " + key + "\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 6; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            values.add(codec.encode(Story.received(id, UNIT, 3, Instant.now()).events().getFirst()));
            if (i == 2) {
                values.add(unreadable);
            }
        }

        // one key, one partition: the records come in one poll, in this order
        TopicWriter.send(Infrastructure.shared().kafkaBootstrapServers(), Topics.INTAKE, key,
                values.toArray(byte[][]::new));

        var parked = TopicReader.read(Infrastructure.shared().kafkaBootstrapServers(),
                Topics.deadLetter(Topics.INTAKE, GROUP),
                records -> records.stream().anyMatch(record -> key.equals(record.key())), Duration.ofSeconds(60));
        assertThat(parked).filteredOn(record -> key.equals(record.key()))
                .singleElement().satisfies(record -> assertThat(Arrays.equals(record.value(), unreadable)).isTrue());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ids).allSatisfy(id ->
                assertThat(mongo.findById(id, LedgerRow.class, generations.live().collection(Ledger.COLLECTION)))
                        .as("row of %s", id).isNotNull()));
    }
}
