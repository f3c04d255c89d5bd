package io.complaints.events;

/** The complainant accepted the remedy. */
public record RemedyAccepted(String complaintId, int remedyNumber) {
}
