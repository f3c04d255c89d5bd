package io.complaints.handling.cases;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.platform.Actor;
import io.complaints.platform.outbox.EventTranslator;
import io.complaints.platform.outbox.KafkaOutbox;

/**
 * The Kafka edge of handling: every stored event of a case is published, in the order of the case.
 * The opening is translated into the published {@link io.complaints.events.CaseOpened}; the events of
 * the lifecycle are the contract's records already and go out as they are, with the actor and unit
 * of their metadata.
 */
@Component
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
class CaseEventsPublisher implements EventTranslator {

    static final String SOURCE = "/handling-service";

    private final KafkaOutbox outbox;

    CaseEventsPublisher(KafkaOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        translate(message).ifPresent(event -> outbox.publish(Topics.HANDLING, event, message.getMetaData()));
    }

    @Override
    public String topic() {
        return Topics.HANDLING;
    }

    /** The published record of a stored event of a case; a republish of the store goes through it too. */
    @Override
    public Optional<CloudEvent<?>> translate(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> stored ? toCloudEvent(stored) : Optional.empty();
    }

    static Optional<CloudEvent<?>> toCloudEvent(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        Actor actor = CaseMetaData.actor(message.getMetaData());
        if (payload instanceof CaseOpened opened) {
            var published = new io.complaints.events.CaseOpened(opened.caseId(), opened.registrationNumber(),
                    opened.unit(), opened.level(), opened.openedAt());
            return Optional.of(CloudEvent.of(message.getIdentifier(), SOURCE, EventTypes.CASE_OPENED, opened.caseId(),
                    opened.openedAt(), opened.actor().id(), opened.actor().unit(), message.getSequenceNumber(),
                    published));
        }
        return EventTypes.typeOf(payload.getClass()).map(type -> CloudEvent.of(message.getIdentifier(), SOURCE, type,
                message.getAggregateIdentifier(), message.getTimestamp(), actor.id(), actor.unit(),
                message.getSequenceNumber(), payload));
    }
}
