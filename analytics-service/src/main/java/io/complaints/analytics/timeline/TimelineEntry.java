package io.complaints.analytics.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * One step of a complaint's history, as recorded by the service where it happened.
 *
 * @param eventId     the event's id: one entry per event, however often it is delivered
 * @param service     the service of the event's type, e.g. {@code intake} or {@code handling}
 * @param source      the publishing service as the event names it, e.g. {@code /handling-service}
 * @param type        the event's name without namespace and version, e.g. {@code CaseTriaged}
 * @param actor       who caused it: a user id, or {@code system}
 * @param unit        the organisation unit the actor acted for
 * @param sequence    the event's position in the complaint's stream at its source
 * @param what        what happened, in a few words
 * @param why         the reason, note or comment the event carries, or null
 * @param details     the event's facts field by field (e.g. a remedy's measures and its corrective and
 *                    preventive actions), for the archive; null for an event with none, and for entries
 *                    written before they were kept (until the read models are rebuilt)
 */
public record TimelineEntry(
        @Id String eventId,
        String complaintId,
        Instant time,
        String service,
        String source,
        String type,
        String actor,
        String unit,
        long sequence,
        String what,
        String why,
        Map<String, String> details) {

    private static final String INTAKE = "intake";

    /**
     * The order of a complaint's history: by time; at the same time intake's step first (the
     * complaint is registered before it is handled); then in each service's own order.
     */
    public static final Comparator<TimelineEntry> HISTORY_ORDER = Comparator.comparing(TimelineEntry::time)
            .thenComparing(entry -> !INTAKE.equals(entry.service()))
            .thenComparingLong(TimelineEntry::sequence)
            .thenComparing(TimelineEntry::eventId);
}
