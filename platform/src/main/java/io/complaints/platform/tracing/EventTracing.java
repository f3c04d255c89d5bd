package io.complaints.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * One complaint followed across the services: the W3C trace context ({@code traceparent},
 * {@code tracestate}) is kept with each stored event (Axon metadata, see
 * {@link TraceContextCorrelation}), sent in the Kafka headers of its record as the CloudEvents
 * distributed-tracing extension has it, and continued by every consumer. Spans are named after the
 * step and the topic and tagged with topics, partitions and offsets only: never a record's content.
 */
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    static final List<String> FIELDS = List.of(TRACEPARENT, TRACESTATE);

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without a tracer: nothing is recorded and no context is carried. */
    public static EventTracing off() {
        return new EventTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The trace context of the current span, as entries to keep with an event; empty without one. */
    public Map<String, String> currentContext() {
        return contextOf(tracer.currentSpan());
    }

    /**
     * The trace context of a span, as entries to keep (with an event, a delivery) or to send on (as
     * headers); empty without one.
     */
    public Map<String, String> contextOf(Span span) {
        if (span == null || span.isNoop()) {
            return Map.of();
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(span.context(), carrier, (map, key, value) -> {
            if (FIELDS.contains(key) && value != null) {
                map.put(key, value);
            }
        });
        return carrier;
    }

    /**
     * Starts a span for work done later, elsewhere, on behalf of something traced before: a child of
     * the context kept then (a new trace when none was kept, e.g. in data of older versions). End it
     * when the work is done.
     */
    public Span startChildOf(Map<String, ?> storedContext, String name, Span.Kind kind) {
        return extracted(storedContext).kind(kind).name(name).start();
    }

    /** Makes the span current on this thread until the scope closes. */
    public Tracer.SpanInScope inScope(Span span) {
        return tracer.withSpan(span);
    }

    /**
     * Starts the span of sending a stored event: a child of the context stored with it (a new trace
     * when none was), whose own context goes into the record's headers. End it when the broker
     * acknowledged the record.
     */
    public Span startPublishing(Map<String, ?> storedContext, String topic, Headers headers) {
        Span span = extracted(storedContext)
                .kind(Span.Kind.PRODUCER)
                .name("publish " + topic)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", topic)
                .start();
        propagator.inject(span.context(), headers, (target, key, value) -> {
            target.remove(key);
            target.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
        return span;
    }

    /** Starts the span of consuming a record, in the trace of its headers; end it when processed. */
    public Span startConsuming(ConsumerRecord<?, ?> record, String step) {
        return propagator.extract(record.headers(), EventTracing::lastHeader)
                .kind(Span.Kind.CONSUMER)
                .name(step + " " + record.topic())
                .tag("messaging.system", "kafka")
                .tag("messaging.source.name", record.topic())
                .tag("messaging.kafka.partition", String.valueOf(record.partition()))
                .tag("messaging.kafka.offset", String.valueOf(record.offset()))
                .start();
    }

    /** Processes a record in its consumer span, current while it runs (so commands it sends carry it on). */
    public <T> T consuming(ConsumerRecord<?, ?> record, String step, Supplier<T> processing) {
        Span span = startConsuming(record, step);
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return processing.get();
        } catch (RuntimeException failed) {
            span.tag("outcome", "failed").tag("exception.type", failed.getClass().getName());
            throw failed;
        } finally {
            span.end();
        }
    }

    /** Processes a record in its consumer span. */
    public void consuming(ConsumerRecord<?, ?> record, String step, Runnable processing) {
        consuming(record, step, () -> {
            processing.run();
            return null;
        });
    }

    /**
     * Processes what one poll brought, each record in its own trace: one consumer span per record,
     * all ending when the batch is done.
     */
    public void consumingBatch(Collection<? extends ConsumerRecord<?, ?>> records, String step, Runnable processing) {
        consumingBatch(records, step, contexts -> processing.run());
    }

    /**
     * Processes what one poll brought, each record in its own trace, and hands the processing the
     * context of each record's consumer span (in the order of the records), to keep with what it
     * leaves for later: work done afterwards continues the record's trace.
     */
    public void consumingBatch(Collection<? extends ConsumerRecord<?, ?>> records, String step,
                               Consumer<List<Map<String, String>>> processing) {
        List<Span> spans = records.stream().map(record -> startConsuming(record, step)).toList();
        try {
            processing.accept(spans.stream().map(this::contextOf).toList());
        } catch (RuntimeException failed) {
            spans.forEach(span -> span.tag("outcome", "failed").tag("exception.type", failed.getClass().getName()));
            throw failed;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private Span.Builder extracted(Map<String, ?> storedContext) {
        return propagator.extract(storedContext == null ? Map.<String, Object>of() : storedContext, (carrier, key) -> {
            Object value = carrier.get(key);
            return value == null ? null : value.toString();
        });
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
