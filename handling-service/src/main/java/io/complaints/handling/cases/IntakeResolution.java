package io.complaints.handling.cases;

/**
 * A minor (level-4) complaint settled on the spot when it was received (DOMAIN.md, "Severity"): what
 * was done, and by whom. Its case closes at once as resolved; the callback follows.
 *
 * @param actionTaken what the receiving department did
 * @param resolvedBy  the intake agent who settled it: for the callback, the one who handled it
 */
public record IntakeResolution(String actionTaken, String resolvedBy) {
}
