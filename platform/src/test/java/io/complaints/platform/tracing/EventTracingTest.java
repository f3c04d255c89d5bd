package io.complaints.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.outbox.KafkaOutbox;
import io.micrometer.tracing.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * One complaint's trace goes with its stored event, through the outbox into the record's headers,
 * and on in the consumer's span; what is exported names no personal data.
 */
class EventTracingTest {

    private final TestTracing tracing = new TestTracing();

    @Test
    void anEventStoredInARequestKeepsTheRequestsTraceContext() {
        var request = tracing.tracer.nextSpan().name("http post /api/complaints").start();
        Map<String, ?> stored;
        try (var ignored = tracing.tracer.withSpan(request)) {
            stored = new TraceContextCorrelation(tracing.events)
                    .correlationDataFor(GenericEventMessage.asEventMessage("command"));
        } finally {
            request.end();
        }

        assertThat(stored).containsOnlyKeys(EventTracing.TRACEPARENT);
        assertThat((String) stored.get(EventTracing.TRACEPARENT))
                .isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-01");
    }

    @Test
    void withoutACurrentSpanTheContextTheHandledMessageCarriesIsKept() {
        var deadline = GenericEventMessage.asEventMessage("deadline")
                .andMetaData(Map.of(EventTracing.TRACEPARENT, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));

        Map<String, ?> carried = new TraceContextCorrelation(tracing.events).correlationDataFor(deadline);
        assertThat(carried.get(EventTracing.TRACEPARENT))
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(new TraceContextCorrelation(tracing.events)
                .correlationDataFor(GenericEventMessage.asEventMessage("untraced"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublishedRecordCarriesTheStoredTraceAndTheConsumerContinuesIt() {
        String storedTrace = "0af7651916cd43dd8448eb211c80319c";
        KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
        var sent = new AtomicReference<ProducerRecord<String, byte[]>>();
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            sent.set(call.getArgument(0));
            return CompletableFuture.completedFuture(mock(SendResult.class));
        });
        var outbox = new KafkaOutbox(kafka, new CloudEventCodec(), Duration.ofSeconds(1), tracing.events);

        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        outbox.publish("complaints.intake.v1", CloudEvent.of("e-1", "/test", "test.Type.v1", "c-1", Instant.EPOCH,
                        "system", "HQ", 0, "data"),
                MetaData.with(EventTracing.TRACEPARENT, "00-" + storedTrace + "-b7ad6b7169203331-01"));
        batch.commit();

        var header = new String(sent.get().headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(header).startsWith("00-" + storedTrace + "-").endsWith("-01");
        SpanData producer = only(SpanKind.PRODUCER);
        assertThat(producer.getTraceId()).isEqualTo(storedTrace);
        assertThat(producer.getParentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(producer.getName()).isEqualTo("publish complaints.intake.v1");

        var received = new ConsumerRecord<>("complaints.intake.v1", 3, 42L, "c-1", sent.get().value());
        sent.get().headers().forEach(h -> received.headers().add(h));
        tracing.events.consuming(received, "open case", () -> { });

        SpanData consumer = only(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo(storedTrace);
        assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
        assertThat(consumer.getName()).isEqualTo("open case complaints.intake.v1");
    }

    @Test
    void aBatchHandsOnEachRecordsTraceSoThatLaterWorkContinuesIt() {
        String traced = "4bf92f3577b34da6a3ce929d0e0e4736";
        var first = new ConsumerRecord<>("complaints.intake.v1", 0, 7L, "c-1", new byte[0]);
        first.headers().add(EventTracing.TRACEPARENT,
                ("00-" + traced + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        var untraced = new ConsumerRecord<>("complaints.intake.v1", 0, 8L, "c-2", new byte[0]);
        var handed = new AtomicReference<List<Map<String, String>>>();

        tracing.events.consumingBatch(List.of(first, untraced), "notification", handed::set);
        var later = tracing.events.startChildOf(handed.get().getFirst(), "notification send email",
                Span.Kind.CLIENT);
        later.end();

        var consumers = tracing.exported.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER).toList();
        assertThat(handed.get()).hasSize(2);
        assertThat(handed.get().getFirst().get(EventTracing.TRACEPARENT))
                .isEqualTo("00-" + traced + "-" + consumers.getFirst().getSpanId() + "-01");
        assertThat(handed.get().get(1).get(EventTracing.TRACEPARENT)).as("a trace of its own")
                .doesNotContain(traced).isEqualTo("00-" + consumers.get(1).getTraceId() + "-"
                        + consumers.get(1).getSpanId() + "-01");
        SpanData send = only(SpanKind.CLIENT);
        assertThat(send.getTraceId()).isEqualTo(traced);
        assertThat(send.getParentSpanId()).isEqualTo(consumers.getFirst().getSpanId());
    }

    @Test
    void workWithoutAKeptContextStartsATraceOfItsOwn() {
        tracing.events.startChildOf(null, "notification send email", Span.Kind.CLIENT).end();

        SpanData send = only(SpanKind.CLIENT);
        assertThat(send.getParentSpanContext().isValid()).isFalse();
        assertThat(send.getTraceId()).matches("[0-9a-f]{32}");
    }

    @Test
    void aFailuresMessageNeverLeavesInASpan() {
        var span = tracing.tracer.nextSpan().name("http post /api/complaints").start();
        span.error(new IllegalArgumentException("rejected value [13812345678] of 张三"));
        span.end();

        SpanData exported = tracing.exported.getFinishedSpanItems().getFirst();
        assertThat(exported.toString()).doesNotContain("13812345678").doesNotContain("张三");
        assertThat(exported.getStatus().getDescription()).isEmpty();
        assertThat(exported.getEvents()).allSatisfy(event ->
                assertThat(event.getAttributes().asMap().keySet()).noneMatch(key -> key.getKey().equals("exception.message")
                        || key.getKey().equals("exception.stacktrace")));
    }

    private SpanData only(SpanKind kind) {
        return tracing.exported.getFinishedSpanItems().stream().filter(span -> span.getKind() == kind)
                .reduce((a, b) -> { throw new AssertionError("more than one " + kind + " span"); })
                .orElseThrow(() -> new AssertionError("no " + kind + " span"));
    }
}
