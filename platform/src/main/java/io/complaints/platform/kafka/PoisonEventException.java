package io.complaints.platform.kafka;

/**
 * Thrown by a consumer for an event it can never process (it breaks a rule of the contract).
 * The record goes to the dead-letter topic at once instead of being retried.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
