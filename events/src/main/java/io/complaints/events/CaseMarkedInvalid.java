package io.complaints.events;

/** The complaint is invalid for a reason of DOMAIN.md's list; no callback follows. */
public record CaseMarkedInvalid(String complaintId, InvalidityReason reason, String explanation) {
}
