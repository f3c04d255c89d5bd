package io.complaints.events;

/** What the investigation found, and the cause from the cause catalogue. */
public record FindingsRecorded(String complaintId, String findings, String causeCode) {
}
