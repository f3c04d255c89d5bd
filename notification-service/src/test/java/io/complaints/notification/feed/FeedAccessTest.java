package io.complaints.notification.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.complaints.notification.ServiceTest;

/**
 * Who may follow which live feed: a signed-in person, their own unit's by default, or one below it;
 * a few streams each (two in these tests), given back when a stream ends.
 */
class FeedAccessTest extends ServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    private FeedHub hub;

    @Test
    void aChaoyangUserSubscribingToHeadquartersFeedIsRefusedAndHoldsNoSubscription() throws Exception {
        String chaoyang = TOKENS.of("coordinator.bjcy", "BJ-CY", "COORDINATOR").bearer();

        try (FeedClient refused = FeedClient.open(uri("/api/feed?unit=HQ"), chaoyang)) {
            assertThat(refused.status).isEqualTo(403);
            assertThat(refused.contentType).startsWith("application/problem+json");
        }
        var problem = get("/api/feed?unit=HQ", chaoyang);
        assertThat(problem.statusCode()).isEqualTo(403);
        assertThat(json(problem).path("errors").get(0).path("rule").asText()).isEqualTo("unit-scope");
        assertThat(get("/api/feed?unit=BJ", chaoyang).statusCode()).as("the unit above").isEqualTo(403);

        assertThat(hub.streamsOf("coordinator.bjcy")).isZero();
    }

    @Test
    void aFeedWithoutATokenIsRefused() throws Exception {
        try (FeedClient refused = FeedClient.open(uri("/api/feed?unit=SH-PD"), null)) {
            assertThat(refused.status).isEqualTo(401);
        }
    }

    @Test
    void moreSubscriptionsThanTheCapAreRefusedUntilOneEnds() throws Exception {
        String id = "coordinator.shpd." + UUID.randomUUID().toString().substring(0, 8);
        String caller = TOKENS.of(id, "SH-PD", "COORDINATOR").bearer();
        List<FeedClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                open.add(FeedClient.open(uri("/api/feed"), caller));
            }
            await().atMost(WITHIN).until(() -> open.stream().allMatch(FeedClient::opened));
            assertThat(open).extracting(client -> client.status).containsOnly(200);

            try (FeedClient third = FeedClient.open(uri("/api/feed"), caller)) {
                assertThat(third.status).isEqualTo(429);
                assertThat(third.contentType).startsWith("application/problem+json");
                assertThat(third.retryAfter).isNotNull();
            }
            assertThat(hub.streamsOf(id)).isEqualTo(2);
            try (FeedClient someoneElse = FeedClient.open(uri("/api/feed"),
                    TOKENS.of(id + "x", "SH-PD", "COORDINATOR").bearer())) {
                assertThat(someoneElse.status).as("the cap is per caller").isEqualTo(200);
            }

            open.removeFirst().close();
            FeedClient again = await("the closed stream's permit given back").atMost(WITHIN)
                    .until(() -> reopened(caller), client -> client != null);
            open.add(again);
            assertThat(hub.streamsOf(id)).isEqualTo(2);
        } finally {
            for (FeedClient client : open) {
                client.close();
            }
        }
    }

    /** A stream if one is given now; a refused attempt is closed and answers null. */
    private FeedClient reopened(String caller) throws Exception {
        FeedClient client = FeedClient.open(uri("/api/feed"), caller);
        if (client.status == 200) {
            return client;
        }
        client.close();
        return null;
    }
}
