package io.complaints.notification.decision;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;

/**
 * The Kafka edge: intake's and handling's events, in order per complaint. A record that cannot be
 * read, or that a rule cannot address, goes to the group's dead-letter topic (platform error
 * handler); the offset moves on only after the event's notifications are logged.
 */
@Component
class EventListeners {

    private final CloudEventCodec codec;
    private final Decisions decisions;

    EventListeners(CloudEventCodec codec, Decisions decisions) {
        this.codec = codec;
        this.decisions = decisions;
    }

    @KafkaListener(id = "notification-intake", topics = Topics.INTAKE, groupId = "${spring.application.name}")
    void onIntake(ConsumerRecord<String, byte[]> record) {
        codec.decode(record.value()).ifPresent(decisions::on);
    }

    @KafkaListener(id = "notification-handling", topics = Topics.HANDLING, groupId = "${spring.application.name}")
    void onHandling(ConsumerRecord<String, byte[]> record) {
        codec.decode(record.value()).ifPresent(decisions::on);
    }
}
