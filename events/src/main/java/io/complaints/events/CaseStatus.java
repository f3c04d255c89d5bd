package io.complaints.events;

/**
 * Where a case stands in its lifecycle (DOMAIN.md, "Lifecycle"). Every event that moves a case carries the
 * status it leaves the case in ({@code status}), so that readers fold it instead of re-deriving the rules.
 */
public enum CaseStatus {
    /** Received; level, validity and responsible department to be confirmed. */
    AWAITING_TRIAGE,
    /** The responsible department investigates and works out a remedy. */
    INVESTIGATING,
    /** A remedy of a level-1 or level-2 complaint waits for leadership's decision. */
    AWAITING_APPROVAL,
    /** A remedy may be offered to the complainant. */
    REMEDY_READY,
    /** The complainant has been offered the remedy and is to accept or decline it. */
    OFFERED,
    /** The complainant accepted; the remedy is to be carried out. */
    ACCEPTED,
    /** The remedy was carried out; the callback is to be instructed. */
    EXECUTED,
    /** Someone outside the responsible department is to call the complainant back. */
    CALLBACK_DUE,
    /** Marked invalid; the complainant is to get the explanation. */
    INVALID,
    /** Closed and in the ledger. */
    CLOSED
}
