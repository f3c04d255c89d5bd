package io.complaints.events;

import java.time.Instant;

/**
 * The effectiveness review (措施有效性验证) of a level-1 or level-2 complaint closed as resolved was recorded: whether
 * its corrective and preventive actions worked, with what was found.
 *
 * @param outcome effective or not effective
 * @param note    what the review found
 */
public record EffectivenessReviewed(String complaintId, ReviewOutcome outcome, String note, Instant reviewedAt) {

    /** Whether the actions of the remedy worked. */
    public enum ReviewOutcome {
        EFFECTIVE, NOT_EFFECTIVE
    }
}
