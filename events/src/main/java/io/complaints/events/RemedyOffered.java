package io.complaints.events;

/** The remedy was offered to the complainant. */
public record RemedyOffered(String complaintId, int remedyNumber) {
}
