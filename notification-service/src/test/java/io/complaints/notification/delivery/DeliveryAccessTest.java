package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import io.complaints.notification.ServiceTest;

/**
 * Who sees which notifications (DOMAIN.md, "Organisation"): a unit sees those of its own complaints and
 * those of the units below it, headquarters all; one of another unit is not found; a unit outside the
 * caller's subtree is refused (rule {@code unit-scope}); queuing a failed one again is for operators.
 * Each refusal leaves the log as it was.
 */
class DeliveryAccessTest extends ServiceTest {

    private static final List<String> PUDONG = List.of("HQ", "SH", "SH-PD");
    private static final List<String> CHAOYANG = List.of("HQ", "BJ", "BJ-CY");

    @Autowired
    private DeliveryLog log;

    @Test
    void aPudongUserReadingABeijingNotificationFindsNothing() {
        Delivery beijing = record(CHAOYANG, "BJ-CY", Channel.WEBHOOK, DeliveryStatus.FAILED);
        String pudong = TOKENS.of("coordinator.shpd", "SH-PD", "COORDINATOR").bearer();

        var one = get("/api/notifications/" + beijing.id(), pudong);
        assertThat(one.statusCode()).isEqualTo(404);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(one.body()).doesNotContain(beijing.complaintId());
        assertThat(json(get("/api/notifications?complaintId=" + beijing.complaintId(), pudong))).isEmpty();
        assertThat(ids(get("/api/notifications?status=FAILED&size=1000", pudong))).doesNotContain(beijing.id());

        var otherUnit = get("/api/notifications?complaintId=" + beijing.complaintId() + "&unit=BJ-CY", pudong);
        assertThat(otherUnit.statusCode()).isEqualTo(403);
        assertThat(json(otherUnit).path("errors").get(0).path("rule").asText()).isEqualTo("unit-scope");

        String beijingCoordinator = TOKENS.of("coordinator.bj", "BJ", "COORDINATOR").bearer();
        assertThat(get("/api/notifications/" + beijing.id(), beijingCoordinator).statusCode()).as("the unit above").isEqualTo(200);
        assertThat(get("/api/notifications/" + beijing.id()).statusCode()).as("headquarters").isEqualTo(200);
    }

    @Test
    void aNonOperatorRetryIsRefusedAndTheNotificationStaysFailed() {
        Delivery failed = record(PUDONG, "SH-PD", Channel.WEBHOOK, DeliveryStatus.FAILED);

        for (String caller : List.of(TOKENS.of("coordinator.shpd", "SH-PD", "COORDINATOR").bearer(),
                TOKENS.of("supervisor.hq", "HQ", "HQ_SUPERVISOR").bearer())) {
            var refused = post("/api/notifications/" + failed.id() + "/retry", caller);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused).path("errors").get(0).path("rule").asText()).isEqualTo("role");
        }

        assertThat(log.find(failed.id()).orElseThrow()).extracting(Delivery::status, Delivery::requeues, Delivery::attempts)
                .containsExactly(DeliveryStatus.FAILED, 0, 3);
        assertThat(ids(get("/api/notifications?status=FAILED&size=1000"))).contains(failed.id());
    }

    @Test
    void anOperatorOfAnotherBranchCannotQueueAgainWhatItDoesNotSee() {
        Delivery failed = record(PUDONG, "SH-PD", Channel.WEBHOOK, DeliveryStatus.FAILED);

        var refused = post("/api/notifications/" + failed.id() + "/retry",
                TOKENS.of("operator.bjcy", "BJ-CY", "OPERATOR").bearer());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(log.find(failed.id()).orElseThrow()).extracting(Delivery::status, Delivery::requeues)
                .containsExactly(DeliveryStatus.FAILED, 0);
    }

    @Test
    void listsInAStatusShowTheCallersSubtreeOnly() {
        Delivery pudongSent = record(PUDONG, "SH-PD", Channel.EMAIL, DeliveryStatus.SENT);
        Delivery toHeadquarters = record(PUDONG, "HQ", Channel.EMAIL, DeliveryStatus.SENT);
        Delivery beijingSent = record(CHAOYANG, "BJ-CY", Channel.EMAIL, DeliveryStatus.SENT);
        Delivery olderXuhui = record(null, "SH-XH", Channel.EMAIL, DeliveryStatus.SENT);
        Delivery pudongFailed = record(PUDONG, "SH-PD", Channel.WEBHOOK, DeliveryStatus.FAILED);
        Delivery beijingFailed = record(CHAOYANG, "BJ-CY", Channel.WEBHOOK, DeliveryStatus.FAILED);
        String shanghai = TOKENS.of("coordinator.sh", "SH", "COORDINATOR").bearer();

        assertThat(ids(get("/api/notifications?status=SENT&size=1000", shanghai)))
                .as("by the complaint's unit; an older entry by its audience's")
                .contains(pudongSent.id(), toHeadquarters.id(), olderXuhui.id()).doesNotContain(beijingSent.id());
        assertThat(ids(get("/api/notifications?status=SENT&size=1000&unit=SH-PD", shanghai)))
                .contains(pudongSent.id(), toHeadquarters.id()).doesNotContain(olderXuhui.id(), beijingSent.id());
        assertThat(ids(get("/api/notifications?status=FAILED&size=1000", shanghai)))
                .contains(pudongFailed.id()).doesNotContain(beijingFailed.id());
        assertThat(ids(get("/api/notifications?status=FAILED&size=1000")))
                .as("headquarters").contains(pudongFailed.id(), beijingFailed.id());
        assertThat(get("/api/notifications?status=FAILED&unit=HQ", shanghai).statusCode()).isEqualTo(403);
    }

    private Delivery record(List<String> unitPath, String audienceUnit, Channel channel, DeliveryStatus status) {
        String complaintId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String unit = unitPath == null ? audienceUnit : unitPath.getLast();
        Delivery entry = new Delivery(Delivery.idOf(eventId, "person:leader", channel), eventId, "ComplaintReceived",
                now, complaintId, unit + "-2026120501", unitPath, "level-1-alert", "level-1-alert", "leadership",
                audienceUnit, "leader", null, channel, null, Map.of("complaintId", complaintId), status, 3, 0, now,
                null, status == DeliveryStatus.SENT ? now : null, now,
                status == DeliveryStatus.FAILED ? "webhook 'ops' answered 503" : null, null);
        log.record(List.of(entry));
        return entry;
    }

    private List<String> ids(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer).findValuesAsText("id").stream().toList();
    }
}
