package io.complaints.notification.delivery;

import java.time.Instant;

import io.complaints.notification.directory.Language;

/**
 * An entry of the delivery log as the API shows it.
 *
 * @param nextAttemptAt when a pending one is tried next
 * @param lastError     why the last attempt failed; never personal data
 */
public record DeliveryView(
        String id,
        String eventId,
        String eventType,
        String complaintId,
        String registrationNumber,
        String rule,
        String recipientRole,
        String recipientUnit,
        String recipientId,
        Channel channel,
        Language language,
        DeliveryStatus status,
        int attempts,
        int requeues,
        Instant eventTime,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.complaintId(),
                delivery.registrationNumber(), delivery.rule(), delivery.recipientRole(), delivery.recipientUnit(),
                delivery.recipientId(), delivery.channel(), delivery.language(), delivery.status(), delivery.attempts(),
                delivery.requeues(), delivery.eventTime(), delivery.createdAt(),
                delivery.status() == DeliveryStatus.PENDING ? delivery.dueAt() : null, delivery.lastAttemptAt(),
                delivery.sentAt(), delivery.lastError());
    }
}
