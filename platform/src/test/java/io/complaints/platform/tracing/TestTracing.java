package io.complaints.platform.tracing;

import java.util.List;

import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** A real OpenTelemetry tracer behind Micrometer Tracing, its finished spans kept in memory, as exported. */
final class TestTracing {

    final InMemorySpanExporter exported = InMemorySpanExporter.create();
    final OtelTracer tracer;
    final EventTracing events;

    TestTracing() {
        var provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(new PersonalDataFreeSpans(exported)))
                .build();
        var otelTracer = provider.get("test");
        var context = new OtelCurrentTraceContext();
        tracer = new OtelTracer(otelTracer, context, event -> { },
                new OtelBaggageManager(context, List.of(), List.of()));
        var propagator = new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()),
                otelTracer);
        events = new EventTracing(tracer, propagator);
    }
}
