package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;

/** The delivery log's API: what it refuses, with problem details naming the field or rule. */
class DeliveryApiTest extends ServiceTest {

    @Test
    void asksForEitherAComplaintOrAStatus() {
        var neither = get("/api/notifications");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(neither).path("errors").get(0).path("rule").asText()).isEqualTo("one-of");

        var unknownStatus = get("/api/notifications?status=LOST");
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(json(unknownStatus).path("errors").get(0).path("message").asText())
                .isEqualTo("must be one of: PENDING, SENT, FAILED");
        assertThat(get("/api/notifications?status=SENT&size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void queuesAgainOnlyWhatFailedAndCanBeSent() {
        assertThat(post("/api/notifications/no-such-id/retry").statusCode()).isEqualTo(404);
        assertThat(get("/api/notifications/no-such-id").statusCode()).isEqualTo(404);

        var unstaffed = new Events(new UnitRef("SH-XH", List.of("HQ", "SH", "SH-XH")));
        publish(Topics.INTAKE, unstaffed.received(1));
        JsonNode nobody = await().atMost(Duration.ofSeconds(60)).until(() -> notificationsOf(unstaffed.complaintId()),
                entries -> entries.size() == 2).findValuesAsText("channel").contains("none")
                ? entry(unstaffed.complaintId(), "none") : null;
        assertThat(nobody.path("status").asText()).isEqualTo("FAILED");
        assertThat(nobody.path("recipientRole").asText() + "@" + nobody.path("recipientUnit").asText())
                .isEqualTo("leadership@SH-XH");
        assertThat(nobody.path("lastError").asText()).startsWith("nobody in the directory holds the role leadership in SH-XH");

        var refused = post("/api/notifications/" + nobody.path("id").asText() + "/retry");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("errors").get(0).path("rule").asText()).isEqualTo("nobody-to-tell");
    }

    private JsonNode entry(String complaintId, String channel) {
        for (JsonNode entry : notificationsOf(complaintId)) {
            if (channel.equals(entry.path("channel").asText())) {
                return entry;
            }
        }
        return null;
    }
}
