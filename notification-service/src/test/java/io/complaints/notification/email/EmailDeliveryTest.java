package io.complaints.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.complaints.events.CloudEvent;
import io.complaints.events.Topics;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;
import io.complaints.notification.TestSmtp;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** E-mail over a real SMTP conversation with an in-process server: the right people, in their language, once. */
class EmailDeliveryTest extends ServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Autowired
    private MeterRegistry meters;

    @Test
    void aMajorComplaintIsMailedToTheUnitsLeadershipAndHeadquartersEachInTheirLanguageOnceThoughDelivered() {
        var complaint = new Events(Events.SH_PD);
        CloudEvent<Object> received = complaint.received(1);
        double repeatedBefore = repeated();

        publish(Topics.INTAKE, received, received);

        JsonNode log = await("both alerts sent").atMost(WITHIN)
                .until(() -> notificationsOf(complaint.complaintId()), entries -> entries.size() == 2
                        && StreamSupport.stream(entries.spliterator(), false)
                                .allMatch(entry -> "SENT".equals(entry.path("status").asText())));
        assertThat(log).extracting(entry -> entry.path("recipientRole").asText() + "@" + entry.path("recipientUnit").asText())
                .containsExactlyInAnyOrder("leadership@SH-PD", "hq-supervisor@HQ");
        assertThat(log).extracting(entry -> entry.path("attempts").asInt()).containsOnly(1);
        await("the second copy seen as a repeat").atMost(WITHIN).until(() -> repeated() == repeatedBefore + 1);

        Map<String, MimeMessage> mails = byRecipient(await("two e-mails").atMost(WITHIN)
                .until(() -> TestSmtp.received(ids(log)), received1 -> received1.size() >= 2));
        assertThat(mails).containsOnlyKeys("shpd.leader@example.com", "hq.supervisor@example.com");
        assertThat(subject(mails.get("shpd.leader@example.com")))
                .isEqualTo("【重大投诉】" + complaint.registrationNumber() + "（SH-PD）");
        assertThat(subject(mails.get("hq.supervisor@example.com")))
                .isEqualTo("[Major complaint] " + complaint.registrationNumber() + " at SH-PD");
        assertThat(GreenMailUtil.getBody(mails.get("hq.supervisor@example.com"))).contains("within 30 minutes");
        assertThat(mails.values()).allSatisfy(mail -> assertThat(GreenMailUtil.getWholeMessage(mail))
                .doesNotContain("138****5678").doesNotContain("Billed twice"));
        assertThat(TestSmtp.received(ids(log))).as("exactly one e-mail per recipient").hasSize(2);
    }

    @Test
    void anEmailWaitsWhileTheSmtpServerIsDownAndArrivesWhenItIsBack() {
        var complaint = new Events(Events.BJ_CY);
        TestSmtp.stop();
        JsonNode failing;
        try {
            publish(Topics.INTAKE, complaint.received(1));
            failing = await("attempts failing while the SMTP server is down").atMost(WITHIN)
                    .until(() -> notificationsOf(complaint.complaintId()), entries -> entries.size() == 2
                            && StreamSupport.stream(entries.spliterator(), false).allMatch(entry ->
                            entry.path("attempts").asInt() >= 2 && "PENDING".equals(entry.path("status").asText())));
            assertThat(failing).extracting(entry -> entry.path("lastError").asText())
                    .allSatisfy(error -> assertThat(error).startsWith("SMTP: ").doesNotContain("@"));
            assertThat(json(get("/actuator/health")).path("status").asText())
                    .as("an SMTP outage delays e-mails; the service stays up and ready").isEqualTo("UP");
        } finally {
            TestSmtp.start();
        }

        await("sent once the server is back").atMost(WITHIN).until(() -> notificationsOf(complaint.complaintId()),
                entries -> StreamSupport.stream(entries.spliterator(), false)
                        .allMatch(entry -> "SENT".equals(entry.path("status").asText())));
        List<MimeMessage> mails = await().atMost(WITHIN).until(() -> TestSmtp.received(ids(failing)), m -> m.size() >= 2);
        assertThat(byRecipient(mails)).containsOnlyKeys("bjcy.leader@example.com", "hq.supervisor@example.com");
        assertThat(TestSmtp.received(ids(failing))).hasSize(2);
    }

    private double repeated() {
        var counter = meters.find("notifications.repeated.events").tag("event", "ComplaintReceived").counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<String> ids(JsonNode log) {
        return StreamSupport.stream(log.spliterator(), false).map(entry -> entry.path("id").asText()).toList();
    }

    private static Map<String, MimeMessage> byRecipient(List<MimeMessage> mails) {
        return mails.stream().collect(Collectors.toMap(EmailDeliveryTest::recipient, mail -> mail));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
