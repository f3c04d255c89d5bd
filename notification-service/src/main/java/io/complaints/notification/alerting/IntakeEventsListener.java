package io.complaints.notification.alerting;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/** Decides the notifications of intake's events and records them in the delivery log, once each. */
@Component
class IntakeEventsListener {

    private final MongoTemplate mongo;
    private final CloudEventCodec codec;
    private final Clock clock;
    private final MeterRegistry meters;

    IntakeEventsListener(MongoTemplate mongo, CloudEventCodec codec, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.INTAKE, groupId = "${spring.application.name}")
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decode(record.value()).ifPresent(event -> {
            if (event.data() instanceof ComplaintReceived received) {
                alert(event, received);
            }
        });
    }

    private void alert(CloudEvent<Object> event, ComplaintReceived received) {
        for (Recipient recipient : MajorComplaintAlert.recipients(received)) {
            var delivery = new Delivery(
                    Delivery.idOf(event.id(), MajorComplaintAlert.RULE, recipient, MajorComplaintAlert.CHANNEL),
                    event.id(), event.type(), received.complaintId(), received.registrationNumber(),
                    MajorComplaintAlert.RULE, recipient.role(), recipient.unit(), MajorComplaintAlert.CHANNEL,
                    DeliveryStatus.RECORDED, 0, clock.instant());
            try {
                mongo.insert(delivery);
                meters.counter("notifications.recorded", "rule", delivery.rule()).increment();
            } catch (DuplicateKeyException alreadyRecorded) {
                meters.counter("notifications.duplicates", "rule", delivery.rule()).increment();
            }
        }
    }
}
