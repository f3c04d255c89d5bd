package io.complaints.notification.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.tracing.EventTracing;

/**
 * The Kafka edge: intake's and handling's events, in order per complaint, as many as one poll brings
 * (decided together, see {@link Decisions}). A record that cannot be read, or that a rule cannot
 * address, goes to the group's dead-letter topic (platform error handler) after those before it were
 * decided; the offsets move on only after the events' notifications are logged. Each record is
 * decided in a span of its own trace (the one its headers carry), which its deliveries keep: sending
 * them later continues that trace.
 */
@Component
class EventListeners {

    private final CloudEventCodec codec;
    private final Decisions decisions;
    private final EventTracing tracing;

    EventListeners(CloudEventCodec codec, Decisions decisions, EventTracing tracing) {
        this.codec = codec;
        this.decisions = decisions;
        this.tracing = tracing;
    }

    @KafkaListener(id = "notification-intake", topics = Topics.INTAKE, groupId = "${spring.application.name}",
            batch = "true")
    void onIntake(List<ConsumerRecord<String, byte[]>> records) {
        tracing.consumingBatch(records, "notification", traceContexts -> decide(records, traceContexts));
    }

    @KafkaListener(id = "notification-handling", topics = Topics.HANDLING, groupId = "${spring.application.name}",
            batch = "true")
    void onHandling(List<ConsumerRecord<String, byte[]>> records) {
        tracing.consumingBatch(records, "notification", traceContexts -> decide(records, traceContexts));
    }

    private void decide(List<ConsumerRecord<String, byte[]>> records, List<Map<String, String>> traceContexts) {
        List<CloudEvent<Object>> events = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(codec.decode(record.value()).orElse(null));
            } catch (RuntimeException malformed) {
                unreadable = malformed;
                break;
            }
        }
        try {
            decisions.on(events, traceContexts);
        } catch (Decisions.Undecided undecided) {
            throw failed(records.get(undecided.index()), undecided.getCause());
        }
        if (unreadable != null) {
            throw failed(records.get(events.size()), unreadable);
        }
    }

    /** The record the error handler retries or parks, with what went wrong; those before it are done. */
    private static BatchListenerFailedException failed(ConsumerRecord<String, byte[]> record, Throwable cause) {
        return new BatchListenerFailedException(String.valueOf(cause.getMessage()), cause, record);
    }
}
