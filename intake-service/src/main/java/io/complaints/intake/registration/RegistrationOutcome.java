package io.complaints.intake.registration;

/** A registration, and whether it was registered just now or earlier under the same Idempotency-Key. */
public record RegistrationOutcome(Registration registration, boolean replayed) {
}
