package io.complaints.events;

import java.time.Instant;

/**
 * The case went up to a higher unit (升级): branch → subsidiary → HQ.
 *
 * @param fromUnit     the unit that had the case
 * @param toUnit       the unit that has it now
 * @param openDeadline the time limit running when it was escalated, if any
 */
public record Escalated(
        String complaintId,
        UnitRef fromUnit,
        UnitRef toUnit,
        EscalationReason reason,
        String note,
        Instant escalatedAt,
        OpenDeadline openDeadline) {
}
