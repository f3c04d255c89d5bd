package io.complaints.notification.complainant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.complaints.events.ComplainantRef;
import io.complaints.events.Topics;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;
import io.complaints.testsupport.TestHttpServer;
import io.complaints.notification.TestSmtp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The complainant's acknowledgement: their address comes from intake's authorised endpoint at send
 * time, and goes nowhere else: not in the logs, the delivery log, its API or the feed.
 */
@ExtendWith(OutputCaptureExtension.class)
class AcknowledgementTest extends ServiceTest {

    private static final String EMAIL = "zhang.san.private@example.org";
    private static final String NAME = "张三丰";
    private static final String PHONE = "13812345678";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void theComplainantIsAcknowledgedAtTheAddressIntakeGivesAndNothingPersonalIsKept(CapturedOutput output)
            throws Exception {
        String reference = "ref-" + UUID.randomUUID();
        String contactPath = "/api/complainants/" + reference + "/contact";
        INTAKE.answerByDefault(contactPath, new TestHttpServer.Answer(200, """
                {"reference":"%s","name":"%s","organisation":null,"address":"上海市浦东新区世纪大道100号",
                 "phone":"%s","email":"%s","contactConsent":true}""".formatted(reference, NAME, PHONE, EMAIL)));
        var complaint = new Events(Events.SH_PD);

        publish(Topics.INTAKE, complaint.received(3, false,
                new ComplainantRef(reference, "张*", "138****5678", "z***@example.org", true)));

        JsonNode log = await("acknowledgement sent").atMost(Duration.ofSeconds(60))
                .until(() -> notificationsOf(complaint.complaintId()),
                        entries -> entries.size() == 1 && "SENT".equals(entries.get(0).path("status").asText()));
        assertThat(log.get(0).path("rule").asText()).isEqualTo("acknowledgement");
        assertThat(log.get(0).path("recipientRole").asText()).isEqualTo("complainant");

        MimeMessage mail = await().atMost(Duration.ofSeconds(10))
                .until(() -> TestSmtp.received(java.util.List.of(log.get(0).path("id").asText())), m -> m.size() == 1)
                .getFirst();
        assertThat(address(mail)).isEqualTo(EMAIL);
        assertThat(subject(mail)).isEqualTo("您的投诉已受理（登记编号 " + complaint.registrationNumber() + "）");
        assertThat(GreenMailUtil.getBody(mail)).doesNotContain(NAME, PHONE);

        var asked = INTAKE.requests(contactPath);
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst().query()).isEqualTo("purpose=NOTIFICATION");
        assertThat(asked.getFirst().header("Authorization")).as("this service's client-credentials token")
                .isEqualTo("Bearer " + SERVICE_TOKEN);
        assertThat(asked.getFirst().header("X-Actor-Id")).as("no actor headers any more").isNull();

        String stored = mongo.getCollection("delivery_log").find().into(new ArrayList<Document>()).toString()
                + mongo.getCollection("feed_notices").find().into(new ArrayList<Document>());
        for (String personal : new String[] {EMAIL, NAME, PHONE, "世纪大道"}) {
            assertThat(output.getAll()).as("logs").doesNotContain(personal);
            assertThat(stored).as("stores").doesNotContain(personal);
            assertThat(log.toString()).as("API").doesNotContain(personal);
        }
    }

    @Test
    void aComplainantWhoWithdrewConsentMeanwhileIsNotMailed() {
        String reference = "ref-" + UUID.randomUUID();
        INTAKE.answerByDefault("/api/complainants/" + reference + "/contact", new TestHttpServer.Answer(200, """
                {"reference":"%s","name":"x","email":"%s","contactConsent":false}""".formatted(reference, EMAIL)));
        var complaint = new Events(Events.SH_PD);

        publish(Topics.INTAKE, complaint.received(3, false,
                new ComplainantRef(reference, "张*", null, "z***@example.org", true)));

        JsonNode log = await().atMost(Duration.ofSeconds(60)).until(() -> notificationsOf(complaint.complaintId()),
                entries -> entries.size() == 1 && "FAILED".equals(entries.get(0).path("status").asText()));
        assertThat(log.get(0).path("attempts").asInt()).as("not retried: waiting does not help").isEqualTo(1);
        assertThat(log.get(0).path("lastError").asText()).contains("no consent");
    }

    private static String address(MimeMessage mail) throws Exception {
        return mail.getRecipients(Message.RecipientType.TO)[0].toString();
    }

    private static String subject(MimeMessage mail) throws Exception {
        return mail.getSubject();
    }
}
