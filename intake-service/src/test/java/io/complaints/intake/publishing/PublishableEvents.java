package io.complaints.intake.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import io.complaints.platform.outbox.EventTranslator;

/** The stored events intake publishes (evidence attached stays in the store only), by id, in the store's global order. */
final class PublishableEvents {

    private PublishableEvents() {
    }

    static List<String> inStoreOrder(EventStore store, EventTranslator translator) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> events = store.openStream(null)) {
            while (events.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (event instanceof DomainEventMessage<?> && translator.translate(event).isPresent()) {
                    ids.add(event.getIdentifier());
                }
            }
        }
        return ids;
    }
}
