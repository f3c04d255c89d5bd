package io.complaints.platform.audit;

/**
 * Where an event is, or was: its aggregate stream, its sequence number in that stream and its global
 * index in the store ({@code null} when no row records it any more). Never any of its content.
 */
public record AuditPosition(String aggregateId, long sequenceNumber, Long globalIndex) {
}
