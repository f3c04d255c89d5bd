package io.complaints.events;

import java.time.Instant;

/**
 * The envelope of every integration event on Kafka: CloudEvents 1.0 in structured JSON mode.
 *
 * @param id          unique event id; consumers deduplicate on it
 * @param source      the publishing service, e.g. {@code /intake-service}
 * @param type        the event type with its schema version, see {@link EventTypes}
 * @param subject     the complaint id (also the record key)
 * @param time        when the fact happened
 * @param actor       extension: who caused it (a user id, or {@code system})
 * @param unit        extension: the organisation unit the actor acted for
 * @param sequence    extension: the position of this event in its complaint's stream at the source
 * @param data        the event record
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String actor,
        String unit,
        long sequence,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static <T> CloudEvent<T> of(String id, String source, String type, String subject, Instant time,
                                       String actor, String unit, long sequence, T data) {
        return new CloudEvent<>(SPEC_VERSION, id, source, type, subject, time, JSON, actor, unit, sequence, data);
    }
}
