package io.complaints.analytics.readmodel;

import io.complaints.events.CloudEvent;

/**
 * A read model kept from the services' topics. Applying an event is idempotent, and the events of
 * one complaint from different topics end in the same state in any order: a redelivery, or a
 * rebuild that overlaps live consumption, changes nothing.
 */
public interface ReadModel {

    /** Applies one event to this model's collections of the given generation. */
    void apply(CloudEvent<Object> event, Generation generation);

    /** Called once a rebuild has replayed every event into the generation, before it goes live. */
    default void replayed(Generation generation) {
    }

    /** The collections this model keeps, by their base names; the generation's names are derived. */
    java.util.List<String> collections();

    /** Creates the indexes the model's questions need, in the generation's collections. */
    default void ensureIndexes(Generation generation) {
    }
}
