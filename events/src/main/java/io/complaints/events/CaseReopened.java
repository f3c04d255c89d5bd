package io.complaints.events;

/** The case went back to investigation, with the reason (e.g. a dissatisfied callback). */
public record CaseReopened(String complaintId, String reason) {
}
