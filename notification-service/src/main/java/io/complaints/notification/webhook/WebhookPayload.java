package io.complaints.notification.webhook;

import java.time.Instant;
import java.util.Map;

/**
 * The JSON body of a webhook call: the notification, rendered in the recipient's language, and the
 * facts it is about. No personal data.
 *
 * @param deliveryId the id of the delivery log entry, also in the {@code X-Complaints-Delivery} header;
 *                   the same on every retry, so a receiver can drop repeats
 */
public record WebhookPayload(
        String deliveryId,
        String eventId,
        String eventType,
        Instant eventTime,
        String rule,
        String complaintId,
        String registrationNumber,
        Recipient recipient,
        String language,
        String subject,
        String text,
        Map<String, String> fields) {

    /** The person it is meant for, by user id, role and unit. */
    public record Recipient(String id, String role, String unit) {
    }
}
