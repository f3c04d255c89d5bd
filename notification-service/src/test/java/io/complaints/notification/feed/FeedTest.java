package io.complaints.notification.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.events.Topics;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;

/** The live feed over Server-Sent Events: a unit sees its own notifications and those of the units below it, no others. */
class FeedTest extends ServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aSubsidiarySeesItsBranchesNotificationsAndNotThoseOfOtherUnits() throws Exception {
        try (FeedClient shanghai = FeedClient.open(uri("/api/feed?unit=SH"),
                TOKENS.of("coordinator.sh", "SH", "COORDINATOR").bearer());
             FeedClient headquarters = FeedClient.open(uri("/api/feed"), supervisorOfHeadquarters())) {
            assertThat(shanghai.contentType).startsWith("text/event-stream");
            await().atMost(WITHIN).until(() -> shanghai.opened() && headquarters.opened());
            var pudong = new Events(Events.SH_PD);
            var chaoyang = new Events(Events.BJ_CY);

            publish(Topics.INTAKE, pudong.received(1));
            await("Pudong's alert in Shanghai's feed").atMost(WITHIN)
                    .until(() -> audiences(shanghai, pudong.complaintId()), seen -> seen.contains("leadership@SH-PD"));
            publish(Topics.INTAKE, chaoyang.received(1));
            await("every alert in the feed of headquarters").atMost(WITHIN).until(() ->
                    audiences(headquarters, chaoyang.complaintId()).size() == 2
                            && audiences(headquarters, pudong.complaintId()).size() == 2);
            var later = new Events(Events.SH_PD);
            publish(Topics.INTAKE, later.received(1));
            await("a later alert of Pudong in Shanghai's feed").atMost(WITHIN)
                    .until(() -> audiences(shanghai, later.complaintId()), seen -> seen.contains("leadership@SH-PD"));

            assertThat(audiences(shanghai, chaoyang.complaintId())).as("Beijing's alert").isEmpty();
            assertThat(audiences(shanghai, pudong.complaintId())).as("the alert to HQ is above Shanghai")
                    .containsExactly("leadership@SH-PD");
            assertThat(shanghai.notices()).allSatisfy(notice ->
                    assertThat(notice.path("unitPath")).extracting(JsonNode::asText).contains("SH"));
            JsonNode notice = shanghai.notices().stream()
                    .filter(n -> pudong.complaintId().equals(n.path("complaintId").asText())).findFirst().orElseThrow();
            assertThat(notice.path("registrationNumber").asText()).isEqualTo(pudong.registrationNumber());
            assertThat(notice.path("rule").asText()).isEqualTo("level-1-alert");
            assertThat(notice.path("level").asInt()).isEqualTo(1);
        }
    }

    @Test
    void refusesSomethingThatIsNotAUnitCode() {
        var refused = get("/api/feed?unit=sh%20pd");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("errors").get(0).path("field").asText()).isEqualTo("unit");
    }

    private static List<String> audiences(FeedClient feed, String complaintId) {
        return feed.notices().stream().filter(notice -> complaintId.equals(notice.path("complaintId").asText()))
                .map(notice -> notice.path("role").asText() + "@" + notice.path("unit").asText()).toList();
    }
}
