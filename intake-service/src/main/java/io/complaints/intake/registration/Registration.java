package io.complaints.intake.registration;

import java.time.Instant;

/**
 * The answer to a registration.
 *
 * @param priority handled with priority (a priority source was given, or it repeats an earlier complaint)
 * @param repeatOf the registration number of the earlier complaint it repeats, or null
 */
public record Registration(String complaintId, String registrationNumber, Instant receivedAt, boolean priority,
                           String repeatOf) {
}
