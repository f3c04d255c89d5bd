package io.complaints.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;
import io.complaints.testsupport.TestHttpServer.Answer;
import io.complaints.testsupport.TestHttpServer.Request;

/** Webhooks over HTTP to an in-process receiver: signed, retried with backoff, accepted once; failures visible. */
class WebhookDeliveryTest extends ServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aReceiverThatFailsTwiceGetsExactlyOneAcceptedDeliveryWithAValidSignature() throws Exception {
        var complaint = new Events(new UnitRef("WH-A", List.of("HQ", "WH", "WH-A")));
        RECEIVERS.answerByDefault("/ops", new Answer(200, ""));
        RECEIVERS.script("/ops", new Answer(503, ""), new Answer(500, ""));

        publish(Topics.INTAKE, complaint.received(1));

        JsonNode webhook = await("the webhook delivery sent").atMost(WITHIN)
                .until(() -> webhookEntry(complaint.complaintId()), entry -> entry != null
                        && "SENT".equals(entry.path("status").asText()));
        assertThat(webhook.path("attempts").asInt()).isEqualTo(3);
        assertThat(webhook.path("recipientId").asText()).isEqualTo("wh.leader");
        String id = webhook.path("id").asText();

        List<Request> calls = RECEIVERS.requests("/ops").stream()
                .filter(call -> id.equals(call.header(Signature.DELIVERY_HEADER))).toList();
        assertThat(calls).as("two refused, one accepted").hasSize(3);
        for (Request call : calls) {
            String timestamp = call.header(Signature.TIMESTAMP_HEADER);
            assertThat(call.header(Signature.SIGNATURE_HEADER)).isEqualTo("sha256=" + hmac(timestamp + "." + call.body()));
            assertThat(Instant.ofEpochSecond(Long.parseLong(timestamp))).isBetween(Instant.now().minusSeconds(60),
                    Instant.now().plusSeconds(1));
        }
        JsonNode body = JSON.readTree(calls.getLast().body());
        assertThat(body.path("deliveryId").asText()).isEqualTo(id);
        assertThat(body.path("registrationNumber").asText()).isEqualTo(complaint.registrationNumber());
        assertThat(body.path("recipient").path("role").asText()).isEqualTo("leadership");
        assertThat(body.path("language").asText()).isEqualTo("en");
        assertThat(body.path("subject").asText()).isEqualTo("[Major complaint] " + complaint.registrationNumber() + " at WH-A");
        assertThat(body.toString()).doesNotContain("138****5678", "张");
    }

    @Test
    void aDeliveryThatKeepsFailingIsFailedVisiblyAndCanBeQueuedAgain() {
        var complaint = new Events(new UnitRef("WF-A", List.of("HQ", "WF", "WF-A")));
        RECEIVERS.answerByDefault("/broken", new Answer(503, ""));

        publish(Topics.INTAKE, complaint.received(1));

        JsonNode failed = await("the retry budget spent").atMost(WITHIN)
                .until(() -> webhookEntry(complaint.complaintId()), entry -> entry != null
                        && "FAILED".equals(entry.path("status").asText()));
        assertThat(failed.path("attempts").asInt()).isEqualTo(8);
        assertThat(failed.path("lastError").asText()).isEqualTo("webhook 'broken' answered 503");
        String id = failed.path("id").asText();
        assertThat(json(get("/api/notifications?status=FAILED")))
                .extracting(entry -> entry.path("id").asText()).contains(id);
        String metrics = get("/actuator/prometheus", operatorOfHeadquarters()).body();
        assertThat(metrics).containsPattern("notifications_failed_total\\{[^}]*channel=\"webhook\"[^}]*rule=\"level-1-alert\"")
                .containsPattern("notifications_log_entries\\{[^}]*status=\"FAILED\"[^}]*} [1-9]");

        RECEIVERS.answerByDefault("/broken", new Answer(204, ""));
        var retried = post("/api/notifications/" + id + "/retry");
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(json(retried).path("status").asText()).isEqualTo("PENDING");

        JsonNode sent = await("sent after the retry").atMost(WITHIN).until(() -> webhookEntry(complaint.complaintId()),
                entry -> "SENT".equals(entry.path("status").asText()));
        assertThat(sent.path("requeues").asInt()).isEqualTo(1);
        assertThat(sent.path("attempts").asInt()).isEqualTo(1);
        var again = post("/api/notifications/" + id + "/retry");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("errors").get(0).path("rule").asText()).isEqualTo("status");
    }

    private JsonNode webhookEntry(String complaintId) {
        return StreamSupport.stream(notificationsOf(complaintId).spliterator(), false)
                .filter(entry -> "webhook".equals(entry.path("channel").asText())).findFirst().orElse(null);
    }

    private static String hmac(String signed) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
