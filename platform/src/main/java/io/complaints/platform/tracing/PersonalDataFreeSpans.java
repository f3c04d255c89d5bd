package io.complaints.platform.tracing;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * What leaves a service as a span holds no personal data: a failure's message can quote what a
 * request carried (a rejected phone number, a name), so spans go out with the failure's type only:
 * no exception message or stack trace, no status description, an {@code error} attribute of
 * {@code true}. Wraps every span exporter of the service (see {@link TracingAutoConfiguration}).
 */
public final class PersonalDataFreeSpans implements SpanExporter {

    private static final Set<String> FAILURE_TEXT = Set.of("exception.message", "exception.stacktrace", "error");

    private final SpanExporter delegate;

    public PersonalDataFreeSpans(SpanExporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return delegate.export(spans.stream().map(PersonalDataFreeSpans::withoutFailureText).toList());
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }

    static SpanData withoutFailureText(SpanData span) {
        return new DelegatingSpanData(span) {
            @Override
            public Attributes getAttributes() {
                return clean(span.getAttributes());
            }

            @Override
            public List<EventData> getEvents() {
                return span.getEvents().stream()
                        .map(event -> EventData.create(event.getEpochNanos(), event.getName(),
                                clean(event.getAttributes()), event.getTotalAttributeCount()))
                        .toList();
            }

            @Override
            public StatusData getStatus() {
                return StatusData.create(span.getStatus().getStatusCode(), "");
            }
        };
    }

    private static Attributes clean(Attributes attributes) {
        AttributesBuilder kept = Attributes.builder();
        attributes.forEach((key, value) -> {
            if (!FAILURE_TEXT.contains(key.getKey())) {
                put(kept, key, value);
            } else if (key.getKey().equals("error")) {
                kept.put("error", "true");
            }
        });
        return kept.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void put(AttributesBuilder builder, AttributeKey<T> key, Object value) {
        builder.put(key, (T) value);
    }
}
