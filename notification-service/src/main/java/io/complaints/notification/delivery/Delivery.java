package io.complaints.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.complaints.notification.directory.Language;

/**
 * One entry of the delivery log: one notification of one event to one recipient by one channel. Its
 * id is derived from exactly those, so a redelivered or replayed event finds it there and sends
 * nothing twice. Holds no personal data: recipients are named by user id (or, for the complainant,
 * by the opaque reference intake resolves at send time), never by address.
 *
 * @param eventTime            when the event happened: where the time to notify is measured from
 * @param unitPath             the complaint's unit with the units above it (headquarters first), as the
 *                             event or what is known of its case said: who may read this entry; null in
 *                             entries of older versions and when nothing said it
 * @param rule                 the rule that decided it
 * @param template             the message to render at send time
 * @param recipientRole        e.g. {@code leadership}, {@code complainant}
 * @param recipientUnit        the unit of the audience, e.g. {@code SH-PD}
 * @param recipientId          the person's user id; null for the complainant and when nobody was there
 * @param complainantReference the complainant's reference, for their own notifications only
 * @param language             the language of the message
 * @param fields               what the message shows (registration number, level, units, …)
 * @param attempts             how often it was handed to its channel
 * @param requeues             how often a failed one was queued again by hand
 * @param dueAt                when it is next to be tried (pending only)
 * @param lastError            why the last attempt failed, without personal data
 * @param traceContext         the W3C trace context ({@code traceparent}, {@code tracestate}) the event
 *                             was decided in, so that each attempt to send it continues the event's
 *                             trace; null in entries of older versions and when the event came untraced
 */
@Document("delivery_log")
public record Delivery(
        @Id String id,
        String eventId,
        String eventType,
        Instant eventTime,
        String complaintId,
        String registrationNumber,
        List<String> unitPath,
        String rule,
        String template,
        String recipientRole,
        String recipientUnit,
        String recipientId,
        String complainantReference,
        Channel channel,
        Language language,
        Map<String, String> fields,
        DeliveryStatus status,
        int attempts,
        int requeues,
        Instant createdAt,
        Instant dueAt,
        Instant sentAt,
        Instant lastAttemptAt,
        String lastError,
        Map<String, String> traceContext) {

    /** The id of the notification of this event to this recipient by this channel: the same however often it is decided. */
    public static String idOf(String eventId, String recipientKey, Channel channel) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipientKey + "|" + channel.name())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** This entry as handed to its channel for the given attempt. */
    Delivery attempted(int attempt, Instant at) {
        return new Delivery(id, eventId, eventType, eventTime, complaintId, registrationNumber, unitPath, rule, template,
                recipientRole, recipientUnit, recipientId, complainantReference, channel, language, fields, status,
                attempt, requeues, createdAt, dueAt, sentAt, at, lastError, traceContext);
    }

    /** This entry, its attempts to continue the trace of this context (none when empty). */
    public Delivery tracedIn(Map<String, String> context) {
        return new Delivery(id, eventId, eventType, eventTime, complaintId, registrationNumber, unitPath, rule, template,
                recipientRole, recipientUnit, recipientId, complainantReference, channel, language, fields, status,
                attempts, requeues, createdAt, dueAt, sentAt, lastAttemptAt, lastError,
                context == null || context.isEmpty() ? null : Map.copyOf(context));
    }

    public boolean toComplainant() {
        return complainantReference != null;
    }
}
