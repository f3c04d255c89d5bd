package io.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;
import io.complaints.events.Topics;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicReader;

/** A complaint registered over HTTP travels through all four services. */
@ExtendWith(RunningSystem.class)
class ComplaintFlowIT {

    private final Api api = new Api(RunningSystem.get());
    private final Api headquarters = api.as("hq.supervisor");
    private final Api operator = api.as("hq.operator");

    @Test
    void aMajorComplaintReachesTheLedgerAndAlertsLeadershipAndHeadquarters() {
        Api.Answer registered = api.register("SH-PD", 1, "13812345678");
        assertThat(registered.status()).isEqualTo(201);
        String complaintId = registered.json().path("complaintId").asText();
        String number = registered.json().path("registrationNumber").asText();
        assertThat(number).matches("SH-PD-\\d{8}\\d{4,}");

        JsonNode row = await("ledger row of " + number).atMost(Duration.ofSeconds(30))
                .until(() -> headquarters.get(RunningSystem.ANALYTICS, "/api/ledger/" + number),
                        answer -> answer.status() == 200 && "AWAITING_TRIAGE".equals(answer.json().path("status").asText()))
                .json();
        assertThat(row.path("complaintId").asText()).isEqualTo(complaintId);
        assertThat(row.path("level").asInt()).isEqualTo(1);
        assertThat(row.path("unitPath")).extracting(JsonNode::asText).containsExactly("HQ", "SH", "SH-PD");

        JsonNode alerts = await("level-1 alerts").atMost(Duration.ofSeconds(30))
                .until(() -> headquarters.get(RunningSystem.NOTIFICATION, "/api/notifications?complaintId=" + complaintId),
                        answer -> answer.status() == 200 && answer.json().size() == 2)
                .json();
        assertThat(alerts).extracting(alert -> alert.path("recipientRole").asText() + "@" + alert.path("recipientUnit").asText())
                .containsExactlyInAnyOrder("leadership@SH-PD", "hq-supervisor@HQ");

        JsonNode history = headquarters.get(RunningSystem.INTAKE, "/api/complaints/" + complaintId + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("event").asText()).isEqualTo("ComplaintRegistered");
        assertThat(history.get(0).path("actor").asText()).isEqualTo("shpd.agent");
    }

    @Test
    void aGeneralComplaintAlertsNobody() {
        Api.Answer registered = api.register("BJ-CY", 3, "13900001111");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String complaintId = registered.json().path("complaintId").asText();
        int partition = partitionOf(complaintId);

        // notification reads each partition of intake's topic in order: once it has alerted on a later
        // level-1 complaint of the same partition, it has decided on the general one too
        String marker = null;
        for (int attempt = 0; attempt < 60 && marker == null; attempt++) {
            Api.Answer next = api.register("BJ-CY", 1, "139000022" + String.format("%02d", attempt));
            assertThat(next.status()).as(next.body()).isEqualTo(201);
            String nextId = next.json().path("complaintId").asText();
            marker = partitionOf(nextId) == partition ? nextId : null;
        }
        assertThat(marker).as("a level-1 complaint in partition %d of intake's topic", partition).isNotNull();
        String markerId = marker;
        await("the alerts of the later level-1 complaint").atMost(Duration.ofSeconds(30))
                .until(() -> headquarters.get(RunningSystem.NOTIFICATION, "/api/notifications?complaintId=" + markerId),
                        answer -> answer.status() == 200 && answer.json().size() == 2);

        Api.Answer notifications = headquarters.get(RunningSystem.NOTIFICATION, "/api/notifications?complaintId=" + complaintId);
        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.json()).isEmpty();
    }

    /** The partition of intake's topic the complaint's events are in, as read from the topic. */
    private static int partitionOf(String complaintId) {
        return TopicReader.read(Infrastructure.shared().kafkaBootstrapServers(), Topics.INTAKE,
                        records -> records.stream().anyMatch(r -> complaintId.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> complaintId.equals(r.key())).findFirst().orElseThrow().partition();
    }

    @Test
    void anInvalidRegistrationIsRefusedWithProblemDetailsAndLeavesNoTrace() {
        long registeredBefore = complaintsOfShPd();

        Api.Answer refused = api.as("shpd.agent").post(RunningSystem.INTAKE, "/api/complaints", """
                {"unitCode":"SH-PD","channel":"HOTLINE","category":"BILLING","level":9,
                 "description":"x","complainant":{"name":"张三","phone":"not a phone"}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("level", "complainant.phone");
        assertThat(refused.body()).doesNotContain("not a phone");
        assertThat(complaintsOfShPd()).as("complaints of SH-PD").isEqualTo(registeredBefore);
    }

    /** How many complaints intake's register holds for SH-PD (written in the registering transaction). */
    private long complaintsOfShPd() {
        Api.Answer page = api.as("shpd.coordinator").get(RunningSystem.INTAKE, "/api/complaints?unit=SH-PD&size=1");
        assertThat(page.status()).isEqualTo(200);
        return page.json().path("total").asLong();
    }

    @Test
    void everyServiceIsHealthyAndExposesItsDomainMetrics() {
        Api.Answer registered = api.register("GZ-TH", 1, "13700002222");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        for (String service : new String[] {RunningSystem.INTAKE, RunningSystem.HANDLING, RunningSystem.ANALYTICS,
                RunningSystem.NOTIFICATION}) {
            assertThat(api.get(service, "/actuator/health").json().path("status").asText()).as(service).isEqualTo("UP");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(operator.get(RunningSystem.INTAKE, "/actuator/prometheus").body()).contains("complaints_received_total{");
            assertThat(operator.get(RunningSystem.ANALYTICS, "/actuator/prometheus").body()).contains("ledger_events_total{");
            assertThat(operator.get(RunningSystem.NOTIFICATION, "/actuator/prometheus").body())
                    .contains("notifications_recorded_total{");
            assertThat(operator.get(RunningSystem.HANDLING, "/actuator/prometheus").body()).contains("cases_opened_total{");
        });
    }
}
