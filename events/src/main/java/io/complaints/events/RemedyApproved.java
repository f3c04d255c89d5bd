package io.complaints.events;

/**
 * Leadership approved the remedy.
 *
 * @param deemed no decision within the approval time limit: approved by silence (视为已批准)
 */
public record RemedyApproved(String complaintId, int remedyNumber, boolean deemed, String comment) {
}
