package io.complaints.events;

import java.util.Map;
import java.util.Optional;

/**
 * CloudEvents {@code type} of each integration event. The version suffix changes only with a
 * change that is not backward compatible; the old type then stays readable through an upcaster.
 */
public final class EventTypes {

    public static final String COMPLAINT_RECEIVED = "io.complaints.intake.ComplaintReceived.v1";
    public static final String COMPLAINT_AMENDED = "io.complaints.intake.ComplaintAmended.v1";
    public static final String COMPLAINT_WITHDRAWN = "io.complaints.intake.ComplaintWithdrawn.v1";
    public static final String CASE_OPENED = "io.complaints.handling.CaseOpened.v1";

    private static final Map<String, Class<? extends Record>> DATA_TYPES = Map.of(
            COMPLAINT_RECEIVED, ComplaintReceived.class,
            COMPLAINT_AMENDED, ComplaintAmended.class,
            COMPLAINT_WITHDRAWN, ComplaintWithdrawn.class,
            CASE_OPENED, CaseOpened.class);

    private EventTypes() {
    }

    /** The record class that carries the data of events of this type, if the type is known. */
    public static Optional<Class<? extends Record>> dataType(String type) {
        return Optional.ofNullable(DATA_TYPES.get(type));
    }
}
