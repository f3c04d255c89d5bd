package io.complaints.analytics.readmodel;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.tracing.EventTracing;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The live edge: every event of the services' topics goes to every read model's live generation.
 * What arrives while a rebuild runs reaches the rebuilt generation through the rebuild's catch-up.
 * Each record is applied in a span of its own trace (the one its headers carry).
 */
@Component
class EventFeed {

    private final CloudEventCodec codec;
    private final List<ReadModel> models;
    private final Generations generations;
    private final MeterRegistry meters;
    private final EventTracing tracing;

    EventFeed(CloudEventCodec codec, List<ReadModel> models, Generations generations, MeterRegistry meters,
              EventTracing tracing) {
        this.codec = codec;
        this.models = models;
        this.generations = generations;
        this.meters = meters;
        this.tracing = tracing;
    }

    /**
     * What one poll brought, applied model by model in one go. When that fails, the records are
     * applied one by one to tell which one fails (those before it again, which changes nothing): that
     * one is handed to the error handling with its position, to be retried or set aside alone.
     */
    @KafkaListener(topics = {Topics.INTAKE, Topics.HANDLING}, groupId = "${spring.application.name}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        tracing.consumingBatch(records, "analytics", () -> applyPoll(records));
    }

    private void applyPoll(List<ConsumerRecord<String, byte[]>> records) {
        try {
            apply(records.stream().flatMap(record -> codec.decode(record.value()).stream()).toList());
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    codec.decode(records.get(i).value()).ifPresent(event -> apply(List.of(event)));
                } catch (RuntimeException failure) {
                    throw new BatchListenerFailedException("event not applied to the read models", failure, i);
                }
            }
        }
    }

    void apply(List<CloudEvent<Object>> events) {
        if (events.isEmpty()) {
            return;
        }
        Generation live = generations.live();
        models.forEach(model -> model.applyAll(events, live));
        events.forEach(event -> meters.counter("ledger.events", "type", event.type()).increment());
    }
}
