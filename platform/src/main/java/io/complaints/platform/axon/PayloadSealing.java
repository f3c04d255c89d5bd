package io.complaints.platform.axon;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What a service seals in its events before they are stored, and opens when they are read back (see
 * {@link SealingEventStorageEngine}). Both return the payload unchanged when it holds no personal data.
 */
public interface PayloadSealing {

    /** The payload to store in place of the event's: its personal data sealed. */
    Object seal(DomainEventMessage<?> event);

    /** The payload as handlers see it: its personal data opened, or null where it was erased. */
    Object open(DomainEventMessage<?> stored);
}
