package io.complaints.platform.outbox;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;

import io.complaints.events.CloudEvent;

/**
 * A service's Kafka edge: which stored events it publishes, to which topic, as which contract
 * records. The live publisher and a republish of the whole store both go through it, so that a
 * republished event is the same record, with the same event id, as the one sent live.
 */
public interface EventTranslator {

    /** The topic the service publishes to. */
    String topic();

    /** The contract record of a stored event; empty for an event that is not published. */
    Optional<CloudEvent<?>> translate(EventMessage<?> stored);
}
