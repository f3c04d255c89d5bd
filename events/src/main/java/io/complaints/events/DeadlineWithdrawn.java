package io.complaints.events;

import java.time.Instant;

/**
 * A time limit is no longer asked for, neither met nor missed: the case was marked invalid (its
 * settling limits), closed or withdrawn. It leaves the open limits.
 */
public record DeadlineWithdrawn(String complaintId, OpenDeadline deadline, Instant withdrawnAt) {
}
