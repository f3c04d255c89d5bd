package io.complaints.handling.caseopening;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.platform.outbox.KafkaOutbox;

/** The Kafka edge of case opening: the stored {@link CaseOpened} becomes the published one. */
@Component
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
class CaseEventsPublisher {

    static final String SOURCE = "/handling-service";

    private final KafkaOutbox outbox;

    CaseEventsPublisher(KafkaOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(CaseOpened opened, EventMessage<?> message, @SequenceNumber long sequence) {
        outbox.publish(Topics.HANDLING, toCloudEvent(opened, message.getIdentifier(), sequence));
    }

    static CloudEvent<io.complaints.events.CaseOpened> toCloudEvent(CaseOpened opened, String eventId, long sequence) {
        var published = new io.complaints.events.CaseOpened(opened.caseId(), opened.registrationNumber(),
                new UnitRef(opened.unitCode(), opened.unitPath()), opened.level(), opened.openedAt());
        return CloudEvent.of(eventId, SOURCE, EventTypes.CASE_OPENED, opened.caseId(), opened.openedAt(),
                opened.actor().id(), opened.actor().unit(), sequence, published);
    }
}
