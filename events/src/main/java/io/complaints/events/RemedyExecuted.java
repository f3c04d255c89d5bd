package io.complaints.events;

/** The remedy was carried out, with its result. */
public record RemedyExecuted(String complaintId, int remedyNumber, String result) {
}
