package io.complaints.analytics.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case that went up the hierarchy (升级) and is not closed yet, as headquarters watches it.
 *
 * @param escalationLevel  how far up it went: 1 = HQ, 2 = a subsidiary, 3 = a branch
 * @param escalationReason why it went up last
 * @param escalations      how often it went up
 * @param holderUnit       the unit that has the case now
 * @param age              since it first went up
 * @param nextDeadline     the time limit due first of those still running, or null
 */
public record OpenEscalation(
        String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        String holderUnit,
        String status,
        Integer level,
        Integer escalationLevel,
        String escalationReason,
        int escalations,
        Instant firstEscalatedAt,
        Instant lastEscalatedAt,
        Duration age,
        NextDeadline nextDeadline) {

    /** A running time limit and when it falls due; overdue once that has passed. */
    public record NextDeadline(String limit, Instant due, boolean overdue) {
    }
}
