package io.complaints.events;

/** A reference to another complaint, e.g. the earlier one a repeat complaint is about. */
public record ComplaintLink(String complaintId, String registrationNumber) {
}
