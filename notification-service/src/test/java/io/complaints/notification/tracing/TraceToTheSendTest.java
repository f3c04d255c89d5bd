package io.complaints.notification.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.events.CloudEvent;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;
import io.complaints.testsupport.TestHttpServer.Answer;
import io.complaints.testsupport.TestHttpServer.Request;
import io.complaints.notification.TestSmtp;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.tracing.EventTracing;
import io.complaints.testsupport.TopicWriter;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * One complaint followed to the e-mail and the webhook: an event that arrives in a trace (the
 * {@code traceparent} header the outbox sends) is decided in that trace, and every send of its
 * notifications, later and on the dispatcher's threads, is a span of that trace too, a child of the
 * consumer's span; a webhook request carries a {@code traceparent} of that trace to its receiver. No
 * exported span names an address or what the message says.
 */
class TraceToTheSendTest extends ServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final String PUBLISHED_IN = "00f067aa0ba902b7";

    @Autowired
    private Environment environment;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void theEmailsOfAComplaintAreSentInTheTraceItsEventArrivedIn() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        var complaint = new Events(Events.SH_PD);

        publishTraced(complaint.received(1), trace);

        JsonNode log = await("both alerts sent").atMost(WITHIN)
                .until(() -> notificationsOf(complaint.complaintId()), entries -> entries.size() == 2
                        && StreamSupport.stream(entries.spliterator(), false)
                                .allMatch(entry -> "SENT".equals(entry.path("status").asText())));
        List<String> ids = StreamSupport.stream(log.spliterator(), false).map(entry -> entry.path("id").asText()).toList();
        assertThat(TestSmtp.received(ids)).hasSize(2);

        SpanData consumer = await("the consumer's span exported").atMost(WITHIN)
                .until(() -> consumerSpan(trace), span -> span != null);
        assertThat(consumer.getParentSpanId()).isEqualTo(PUBLISHED_IN);
        List<SpanData> sends = await("the sends' spans exported").atMost(WITHIN)
                .until(() -> sends(trace, "notification send email"), spans -> spans.size() == 2);
        assertThat(sends).allSatisfy(send -> {
            assertThat(send.getParentSpanId()).isEqualTo(consumer.getSpanId());
            assertThat(send.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(attribute(send, "notification.channel")).isEqualTo("email");
            assertThat(attribute(send, "notification.rule")).isEqualTo("level-1-alert");
            assertThat(attribute(send, "notification.attempt")).isEqualTo("1");
            assertThat(attribute(send, "outcome")).isEqualTo("sent");
        });
        assertThat(sends).extracting(send -> attribute(send, "notification.delivery")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(SPANS.getFinishedSpanItems()).allSatisfy(span -> assertThat(span.getName() + span.getAttributes()
                + span.getEvents()).doesNotContain("@example.com").doesNotContain(Events.PHONE_ONLY.maskedPhone())
                .doesNotContain("Billed twice"));
    }

    @Test
    void aWebhookIsSentInTheTraceItsEventArrivedInAndPassesItToTheReceiver() {
        String trace = "0af7651916cd43dd8448eb211c80319c";
        var complaint = new Events(new UnitRef("WH-A", List.of("HQ", "WH", "WH-A")));
        RECEIVERS.answerByDefault("/ops", new Answer(200, ""));

        publishTraced(complaint.received(1), trace);

        JsonNode webhook = await("the webhook delivery sent").atMost(WITHIN)
                .until(() -> webhookEntry(complaint.complaintId()), entry -> entry != null
                        && "SENT".equals(entry.path("status").asText()));
        String id = webhook.path("id").asText();
        List<Request> calls = RECEIVERS.requests("/ops").stream()
                .filter(call -> id.equals(call.header("X-Complaints-Delivery"))).toList();
        assertThat(calls).hasSize(1);

        SpanData send = await("the send's span exported").atMost(WITHIN)
                .until(() -> sends(trace, "notification send webhook"), spans -> spans.size() == 1).getFirst();
        assertThat(calls.getFirst().header(EventTracing.TRACEPARENT))
                .isEqualTo("00-" + trace + "-" + send.getSpanId() + "-01");
        assertThat(send.getParentSpanId()).isEqualTo(consumerSpan(trace).getSpanId());
        assertThat(attribute(send, "notification.delivery")).isEqualTo(id);
        assertThat(attribute(send, "outcome")).isEqualTo("sent");
    }

    private void publishTraced(CloudEvent<Object> event, String trace) {
        var record = new ProducerRecord<>(Topics.INTAKE, event.subject(), codec.encode(event));
        record.headers().add(EventTracing.TRACEPARENT,
                ("00-" + trace + "-" + PUBLISHED_IN + "-01").getBytes(StandardCharsets.UTF_8));
        TopicWriter.send(environment.getProperty("spring.kafka.bootstrap-servers"), List.of(record));
    }

    private static SpanData consumerSpan(String trace) {
        return SPANS.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(trace)
                && span.getKind() == SpanKind.CONSUMER && span.getName().equals("notification " + Topics.INTAKE))
                .findFirst().orElse(null);
    }

    private static List<SpanData> sends(String trace, String name) {
        return SPANS.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(trace) && span.getName().equals(name)).toList();
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    private JsonNode webhookEntry(String complaintId) {
        return StreamSupport.stream(notificationsOf(complaintId).spliterator(), false)
                .filter(entry -> "webhook".equals(entry.path("channel").asText())).findFirst().orElse(null);
    }
}
