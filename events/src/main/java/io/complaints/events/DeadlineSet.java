package io.complaints.events;

/** A time limit started to run. */
public record DeadlineSet(String complaintId, OpenDeadline deadline) {
}
