package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.complaints.platform.tracing.EventTracing;
import io.complaints.testsupport.FreshMongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * Every attempt to send a notification is a span of the trace its event was decided in (the context
 * kept with the delivery), current while the channel sends; retries are spans of their own in that
 * trace. A delivery kept without a trace context (logged by an older version) is sent all the same.
 * Through a real OpenTelemetry tracer, its finished spans kept in memory.
 */
class SendTracingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String DECIDED_IN = "00f067aa0ba902b7";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final EventTracing tracing = tracing(spans);
    private final FreshMongoDatabase database = new FreshMongoDatabase("notification_send_tracing");
    private final DeliveryLog log = new DeliveryLog(database.template());
    private final DeliveryProperties properties = new DeliveryProperties(Duration.ofMillis(50), 2, Duration.ofMinutes(1),
            new DeliveryProperties.Retry(4, Duration.ofMillis(50), 2.0, Duration.ofMillis(200)));
    /** The trace context current in the channel at each attempt: what a webhook passes on. */
    private final Queue<Map<String, String>> seenByTheChannel = new ConcurrentLinkedQueue<>();
    private Dispatcher dispatcher;

    @AfterEach
    void tearDown() {
        if (dispatcher != null) {
            dispatcher.stop();
        }
        database.close();
    }

    @Test
    void eachAttemptIsASpanOfTheTraceKeptWithTheDeliveryAndCurrentWhileTheChannelSends() {
        Delivery delivery = DeliveryLogTest.pending("e-traced", "person:a", Channel.WEBHOOK)
                .tracedIn(Map.of(EventTracing.TRACEPARENT, "00-" + TRACE + "-" + DECIDED_IN + "-01"));
        log.record(List.of(delivery));
        var attempts = new AtomicInteger();
        start(Channel.WEBHOOK, sent -> {
            if (attempts.incrementAndGet() < 3) {
                throw SendFailure.retryable("webhook 'ops' answered 503");
            }
        });

        List<SpanData> sends = await("three attempts, the last accepted").atMost(Duration.ofSeconds(30))
                .until(this::sends, finished -> finished.size() == 3);

        assertThat(log.find(delivery.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sends).allSatisfy(span -> {
            assertThat(span.getName()).isEqualTo("notification send webhook");
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getTraceId()).isEqualTo(TRACE);
            assertThat(span.getParentSpanId()).isEqualTo(DECIDED_IN);
            assertThat(attribute(span, "notification.channel")).isEqualTo("webhook");
            assertThat(attribute(span, "notification.rule")).isEqualTo("level-1-alert");
            assertThat(attribute(span, "notification.delivery")).isEqualTo(delivery.id());
            assertThat(span.getAttributes().asMap().keySet()).extracting(AttributeKey::getKey)
                    .containsExactlyInAnyOrder("notification.channel", "notification.rule", "notification.attempt",
                            "notification.delivery", "outcome");
        });
        assertThat(sends).extracting(span -> attribute(span, "notification.attempt")).containsExactly("1", "2", "3");
        assertThat(sends).extracting(span -> attribute(span, "outcome"))
                .containsExactly("retrying", "retrying", "sent");
        assertThat(sends).extracting(SpanData::getSpanId).doesNotHaveDuplicates();
        assertThat(seenByTheChannel).extracting(context -> context.get(EventTracing.TRACEPARENT))
                .containsExactlyElementsOf(sends.stream()
                        .map(span -> "00-" + TRACE + "-" + span.getSpanId() + "-01").toList());
    }

    @Test
    void aDeliveryKeptWithoutATraceContextIsSentInATraceOfItsOwn() {
        Delivery older = DeliveryLogTest.pending("e-older", "person:a", Channel.EMAIL);
        assertThat(older.traceContext()).isNull();
        log.record(List.of(older));
        start(Channel.EMAIL, sent -> { });

        await("sent").atMost(Duration.ofSeconds(30))
                .until(() -> log.find(older.id()).orElseThrow().status() == DeliveryStatus.SENT);
        SpanData send = await().atMost(Duration.ofSeconds(30)).until(this::sends, finished -> finished.size() == 1)
                .getFirst();
        assertThat(send.getName()).isEqualTo("notification send email");
        assertThat(send.getParentSpanContext().isValid()).as("no parent: a trace of its own").isFalse();
        assertThat(attribute(send, "outcome")).isEqualTo("sent");
    }

    @Test
    void anAttemptThatCannotSucceedIsASpanWithTheOutcomeFailed() {
        Delivery delivery = DeliveryLogTest.pending("e-refused", "person:a", Channel.EMAIL)
                .tracedIn(Map.of(EventTracing.TRACEPARENT, "00-" + TRACE + "-" + DECIDED_IN + "-01"));
        log.record(List.of(delivery));
        start(Channel.EMAIL, sent -> {
            throw SendFailure.permanent("the recipient has no e-mail address in the directory any more");
        });

        SpanData send = await().atMost(Duration.ofSeconds(30)).until(this::sends, finished -> finished.size() == 1)
                .getFirst();
        assertThat(send.getTraceId()).isEqualTo(TRACE);
        assertThat(attribute(send, "outcome")).isEqualTo("failed");
        assertThat(log.find(delivery.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
    }

    private interface Sending {
        void send(Delivery delivery) throws SendFailure;
    }

    private void start(Channel channel, Sending sending) {
        ChannelSender sender = new ChannelSender() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(Delivery delivery) throws SendFailure {
                seenByTheChannel.add(tracing.currentContext());
                sending.send(delivery);
            }
        };
        dispatcher = new Dispatcher(log, List.of(sender), properties,
                new DeliveryMetrics(new SimpleMeterRegistry(), log), Clock.systemUTC(), tracing);
        dispatcher.start();
    }

    private List<SpanData> sends() {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getName().startsWith("notification send"))
                .toList();
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    /** A real OpenTelemetry tracer behind Micrometer Tracing, its finished spans kept in memory. */
    private static EventTracing tracing(InMemorySpanExporter exported) {
        var provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
        var otelTracer = provider.get("test");
        var context = new OtelCurrentTraceContext();
        var tracer = new OtelTracer(otelTracer, context, event -> { },
                new OtelBaggageManager(context, List.of(), List.of()));
        return new EventTracing(tracer,
                new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otelTracer));
    }
}
