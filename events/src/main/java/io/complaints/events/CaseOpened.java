package io.complaints.events;

import java.time.Instant;

/** handling-service opened the case of a received complaint; the case id is the complaint id. */
public record CaseOpened(
        String complaintId,
        String registrationNumber,
        UnitRef unit,
        int level,
        Instant openedAt) {
}
