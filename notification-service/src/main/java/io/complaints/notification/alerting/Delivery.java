package io.complaints.notification.alerting;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the delivery log: one notification of one event to one recipient by one channel.
 * The id is made of exactly those, so a redelivered event cannot log, or later send, it twice.
 */
@Document("delivery_log")
public record Delivery(
        @Id String id,
        String eventId,
        String eventType,
        String complaintId,
        String registrationNumber,
        String rule,
        String recipientRole,
        String recipientUnit,
        String channel,
        DeliveryStatus status,
        int attempts,
        Instant createdAt) {

    static String idOf(String eventId, String rule, Recipient recipient, String channel) {
        return eventId + ":" + rule + ":" + recipient.key() + ":" + channel;
    }
}
