package io.complaints.notification.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.complaints.events.Topics;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;
import io.complaints.testsupport.TopicReader;

/**
 * Nothing lost: an event a rule applies to but cannot address (a remedy of a complaint whose case
 * this service never saw opened) is parked on the dead-letter topic, and the events after it go on.
 */
class DeadLetterTest extends ServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    private String kafka;

    @Test
    void anEventNoRuleCanAddressGoesToTheDeadLetterTopic() {
        var unknownCase = new Events(Events.SH_PD);

        publish(Topics.HANDLING, unknownCase.remedyProposed(true));

        var parked = TopicReader.read(kafka, Topics.deadLetter(Topics.HANDLING, "notification-service"),
                records -> records.stream().anyMatch(record -> unknownCase.complaintId().equals(record.key())),
                Duration.ofSeconds(60));
        assertThat(parked).anySatisfy(record -> assertThat(new String(record.headers()
                .lastHeader("kafka_dlt-exception-message").value())).contains("its case was never opened"));
        assertThat(notificationsOf(unknownCase.complaintId())).isEmpty();
    }

    @Test
    void aRemedyOfAnOpenedCaseGoesToTheApproversOfTheUnitThatHasIt() {
        var complaint = new Events(Events.SH_PD);

        publish(Topics.HANDLING, complaint.opened(2), complaint.escalated(Events.SH_PD, Events.SH,
                io.complaints.events.EscalationReason.LEVEL_2_AT_TRIAGE), complaint.remedyProposed(true));

        var log = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> notificationsOf(complaint.complaintId()), entries -> entries.size() == 2);
        assertThat(log).extracting(entry -> entry.path("rule").asText() + ": " + entry.path("recipientRole").asText()
                        + "@" + entry.path("recipientUnit").asText() + " " + entry.path("recipientId").asText())
                .as("escalated to Shanghai before the remedy: Shanghai's approvers decide")
                .containsExactlyInAnyOrder("escalated-to-subsidiary: supervisor@SH sh.leader",
                        "remedy-approval: approver@SH sh.leader");
    }
}
