package io.complaints.events;

import java.time.Instant;

/**
 * A level-1 or level-2 complaint closed as resolved: whether its corrective and preventive actions
 * worked is to be reviewed (措施有效性验证).
 */
public record EffectivenessReviewDue(String complaintId, int level, Instant closedAt) {
}
