package io.complaints.analytics.readmodel;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The live edge: every event of the services' topics goes to every read model's live generation.
 * What arrives while a rebuild runs reaches the rebuilt generation through the rebuild's catch-up.
 */
@Component
class EventFeed {

    private final CloudEventCodec codec;
    private final List<ReadModel> models;
    private final Generations generations;
    private final MeterRegistry meters;

    EventFeed(CloudEventCodec codec, List<ReadModel> models, Generations generations, MeterRegistry meters) {
        this.codec = codec;
        this.models = models;
        this.generations = generations;
        this.meters = meters;
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.HANDLING}, groupId = "${spring.application.name}")
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decode(record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent<Object> event) {
        Generation live = generations.live();
        models.forEach(model -> model.apply(event, live));
        meters.counter("ledger.events", "type", event.type()).increment();
    }
}
