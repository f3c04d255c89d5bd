package io.complaints.events;

/** How a case ended. */
public enum CaseOutcome {
    /** Handled, and the callback was not dissatisfied. */
    RESOLVED,
    /** Marked invalid and explained to the complainant. */
    INVALID,
    /** The complainant withdrew the complaint before it was settled; no callback follows. */
    WITHDRAWN
}
