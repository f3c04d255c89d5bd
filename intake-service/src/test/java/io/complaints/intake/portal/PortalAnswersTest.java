package io.complaints.intake.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantAnsweredCallback;
import io.complaints.events.ComplainantDecidedOnRemedy;
import io.complaints.events.DeadlineSet;
import io.complaints.events.EventTypes;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.TopicReader;
import io.complaints.testsupport.TopicWriter;

/**
 * The complainant follows the case as handling publishes it (status, due, the remedy offered, public
 * steps by role) and answers online: the decision and the callback go out on intake's topic with the
 * complainant as the actor, for handling to record; what the case does not wait for is refused.
 */
class PortalAnswersTest extends RunningPortal {

    @Autowired
    CloudEventCodec codec;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private long sequence;

    @Test
    void theComplainantSeesTheOfferedRemedyDeclinesItAcceptsTheNextAndAnswersTheCallback() throws Exception {
        Browser browser = browser();
        Filed filed = file(browser, "SH-PD");
        String id = filed.complaintId();
        Instant due = Instant.parse("2031-01-02T03:04:05Z");
        handling(id, "system", new CaseOpened(id, filed.registrationNumber(), new UnitRef("SH-PD",
                List.of("HQ", "SH", "SH-PD")), 3, Instant.now()));
        handling(id, "coord.li", new CaseTriaged(id, 3, "billing", Instant.now()));
        handling(id, "system", new DeadlineSet(id, new OpenDeadline(TimeLimit.SETTLE, due)));
        handling(id, "handler.zhao", new RemedyProposed(id, 1, "Refund the second charge", "Zhao Lei",
                LocalDate.parse("2030-12-31"), "internal: check meter 7", "internal: retrain", false));
        handling(id, "handler.zhao", new RemedyOffered(id, 1));

        JsonNode offered = awaitStatus(browser, "OFFERED");
        assertThat(offered.get("nextStep").asText()).isEqualTo("YOUR_DECISION");
        assertThat(offered.get("due").asText()).isEqualTo("2031-01-02T03:04:05Z");
        assertThat(offered.get("remedy").get("measures").asText()).isEqualTo("Refund the second charge");
        assertThat(offered.get("allowed").toString()).contains("DECIDE_ON_REMEDY");
        assertThat(offered.toString()).doesNotContain("Zhao Lei").doesNotContain("handler.zhao")
                .doesNotContain("coord.li").doesNotContain("internal").doesNotContain("billing");
        assertThat(offered.findValuesAsText("role")).contains("COORDINATOR", "HANDLER");

        HttpResponse<String> noReason = browser.post("/api/portal/complaint/remedy-decision", "{\"accepted\":false}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"").contains("reason-to-decline");
        assertThat(browser.post("/api/portal/complaint/remedy-decision",
                "{\"accepted\":false,\"reason\":\"too little\"}").statusCode()).isEqualTo(200);
        ComplainantDecidedOnRemedy declined = published(id, ComplainantDecidedOnRemedy.class, 1).getLast();
        assertThat(declined.accepted()).isFalse();
        assertThat(declined.reason()).isEqualTo("too little");
        String complainant = declined.complainantReference();

        handling(id, complainant, new RemedyDeclined(id, 1, "too little", 1));
        JsonNode investigating = awaitStatus(browser, "INVESTIGATING");
        assertThat(investigating.get("allowed").toString()).doesNotContain("DECIDE_ON_REMEDY");
        assertThat(browser.post("/api/portal/complaint/remedy-decision", "{\"accepted\":true}").statusCode())
                .isEqualTo(409);
        assertThat(investigating.toString()).contains("\"step\":\"REMEDY_DECLINED\",\"role\":\"COMPLAINANT\"");

        handling(id, "handler.zhao", new RemedyProposed(id, 2, "Refund and a voucher", "Zhao Lei",
                LocalDate.parse("2030-12-31"), null, null, false));
        handling(id, "handler.zhao", new RemedyOffered(id, 2));
        assertThat(awaitStatus(browser, "OFFERED").get("remedy").get("measures").asText())
                .isEqualTo("Refund and a voucher");
        assertThat(browser.post("/api/portal/complaint/remedy-decision", "{\"accepted\":true}").statusCode())
                .isEqualTo(200);
        assertThat(published(id, ComplainantDecidedOnRemedy.class, 2).getLast().accepted()).isTrue();

        handling(id, complainant, new RemedyAccepted(id, 2));
        handling(id, "handler.zhao", new RemedyExecuted(id, 2, "refunded"));
        handling(id, "coord.li", new CallbackInstructed(id, "billing"));
        awaitStatus(browser, "CALLBACK_DUE");
        HttpResponse<String> noComment = browser.post("/api/portal/complaint/callback",
                "{\"satisfaction\":\"DISSATISFIED\"}");
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("\"comment\"");
        assertThat(browser.post("/api/portal/complaint/callback",
                "{\"satisfaction\":\"SATISFIED\",\"timelinessSatisfaction\":\"FAIRLY_SATISFIED\"}").statusCode())
                .isEqualTo(200);
        ComplainantAnsweredCallback answered = published(id, ComplainantAnsweredCallback.class, 1).getLast();
        assertThat(answered.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(answered.timelinessSatisfaction()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
        assertThat(answered.complainantReference()).isEqualTo(complainant);
    }

    private JsonNode awaitStatus(Browser browser, String status) {
        // one look every 3 s: the portal allows an address 30 requests a minute, and the test's answers must
        // still get through between the looks on a slow machine
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3))
                .until(() -> JSON.readTree(browser.get("/api/portal/complaint").body()),
                complaint -> complaint.get("status").asText().equals(status));
    }

    private void handling(String complaintId, String actor, Record data) {
        String type = data instanceof CaseOpened ? EventTypes.CASE_OPENED
                : "io.complaints.handling." + data.getClass().getSimpleName() + ".v1";
        TopicWriter.send(kafka, Topics.HANDLING, complaintId, codec.encode(CloudEvent.of(UUID.randomUUID().toString(),
                "/handling-service", type, complaintId, Instant.now(), actor, "SH-PD", sequence++, data)));
    }

    /** The events of this type intake published for the complaint, once there are {@code count}. */
    private <T> List<T> published(String complaintId, Class<T> type, int count) {
        var records = TopicReader.read(kafka, Topics.INTAKE, read -> of(read, complaintId, type).size() >= count,
                Duration.ofSeconds(30));
        return of(records, complaintId, type);
    }

    private <T> List<T> of(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records,
                           String complaintId, Class<T> type) {
        return records.stream().filter(r -> complaintId.equals(r.key())).map(r -> codec.decode(r.value()))
                .flatMap(java.util.Optional::stream).map(CloudEvent::data).filter(type::isInstance).map(type::cast)
                .toList();
    }
}
