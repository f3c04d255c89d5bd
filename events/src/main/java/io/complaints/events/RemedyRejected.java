package io.complaints.events;

/** Leadership rejected the remedy; a new one is to be proposed. */
public record RemedyRejected(String complaintId, int remedyNumber, String reason) {
}
