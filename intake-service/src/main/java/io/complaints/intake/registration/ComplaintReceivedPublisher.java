package io.complaints.intake.registration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.outbox.KafkaOutbox;

/**
 * The Kafka edge of registration: translates {@link ComplaintRegistered} into the published
 * {@link ComplaintReceived}, with masked contact details only. The event id is the stored
 * event's id, so a re-sent event is recognisably the same.
 */
@Component
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
class ComplaintReceivedPublisher {

    static final String SOURCE = "/intake-service";

    private final KafkaOutbox outbox;

    ComplaintReceivedPublisher(KafkaOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(ComplaintRegistered registered, EventMessage<?> message, @SequenceNumber long sequence) {
        outbox.publish(Topics.INTAKE, toCloudEvent(registered, message.getIdentifier(), sequence));
    }

    static CloudEvent<ComplaintReceived> toCloudEvent(ComplaintRegistered registered, String eventId, long sequence) {
        Complainant.Masked masked = registered.complainant().masked();
        var received = new ComplaintReceived(
                registered.complaintId(),
                registered.registrationNumber(),
                new UnitRef(registered.unitCode(), registered.unitPath()),
                registered.channel(),
                registered.category(),
                registered.level(),
                registered.description(),
                new ComplainantRef(registered.complainantReference(), masked.name(), masked.phone()),
                registered.receivedAt(),
                registered.actor().id());
        return CloudEvent.of(eventId, SOURCE, EventTypes.COMPLAINT_RECEIVED, registered.complaintId(),
                registered.receivedAt(), registered.actor().id(), registered.actor().unit(), sequence, received);
    }
}
