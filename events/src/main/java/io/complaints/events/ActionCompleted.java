package io.complaints.events;

import java.time.Instant;

/** A corrective or preventive action of the case's remedy was done. */
public record ActionCompleted(String complaintId, int remedyNumber, int actionNumber, String result,
                              Instant completedAt) {
}
