package io.complaints.intake.registration;

import java.time.Instant;

/** The answer to a registration: the complaint's id and its registration number. */
public record Registration(String complaintId, String registrationNumber, Instant receivedAt) {
}
