package io.complaints.analytics.readmodel;

import io.complaints.events.CloudEvent;

/**
 * A read model kept from the services' topics. Applying an event is idempotent, and the events of
 * one complaint from different topics end in the same state in any order: a redelivery, or a
 * rebuild that overlaps live consumption, changes nothing.
 */
public interface ReadModel {

    /**
     * Applies one event to this model's collections of the given generation. Events of one topic
     * and one complaint come one after the other, on one thread: the live feed and a rebuild's
     * replay never apply to the same generation at once.
     */
    default void apply(CloudEvent<Object> event, Generation generation) {
        applyAll(java.util.List.of(event), generation);
    }

    /**
     * Applies events in the order given, as {@link #apply} one after the other would, in fewer
     * writes: the live feed and a rebuild hand over what one poll of the topics brought.
     */
    void applyAll(java.util.List<CloudEvent<Object>> events, Generation generation);

    /**
     * Applies an event that the live feed may be applying, at the same time, together with later
     * events of the same complaint: a rebuild's catch-up, just after the rebuilt generation went live.
     * By default the same as {@link #apply}; a model whose writes read before they write must make
     * this one atomic.
     */
    default void catchUp(CloudEvent<Object> event, Generation generation) {
        apply(event, generation);
    }

    /** Called once a rebuild has replayed every event into the generation, before it goes live. */
    default void replayed(Generation generation) {
    }

    /**
     * What this model computes, as a number: raised when it computes something it did not before
     * (e.g. a new figure), so that the read models are rebuilt and compute it over the whole history
     * ({@link ReadModelVersions}). Starts at 1.
     */
    default int version() {
        return 1;
    }

    /** The collections this model keeps, by their base names; the generation's names are derived. */
    java.util.List<String> collections();

    /** Creates the indexes the model's questions need, in the generation's collections. */
    default void ensureIndexes(Generation generation) {
    }
}
