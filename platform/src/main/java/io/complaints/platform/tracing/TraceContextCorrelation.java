package io.complaints.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Keeps the trace context with every event a command or event handler stores: the current span's
 * (the HTTP request's, the consumed record's), else the one carried by the message handled (a
 * deadline scheduled in a traced command). The outbox publisher sends it on in the record's headers.
 */
public class TraceContextCorrelation implements CorrelationDataProvider {

    private final EventTracing tracing;

    public TraceContextCorrelation(EventTracing tracing) {
        this.tracing = tracing;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, String> current = tracing.currentContext();
        if (!current.isEmpty()) {
            return current;
        }
        Map<String, Object> carried = new HashMap<>();
        for (String field : EventTracing.FIELDS) {
            Object value = message.getMetaData().get(field);
            if (value != null) {
                carried.put(field, value);
            }
        }
        return carried;
    }
}
