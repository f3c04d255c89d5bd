package io.complaints.events;

/** The time limits of a case (DOMAIN.md, "Deadlines"); each configurable per unit. */
public enum TimeLimit {
    /** Triage and forwarding to the responsible department: the same day it was received. */
    TRIAGE,
    /** The responsible department contacts the complainant: 1 working day after triage. */
    CONTACT,
    /** A valid complaint settled, or a remedy agreed with the complainant: 3 calendar days after receipt. */
    SETTLE,
    /** An invalid complaint explained to the complainant: 1 calendar day after it was marked invalid. */
    EXPLAIN_INVALID,
    /** A complaint transferred from HQ: findings reported to HQ within 2 calendar days. */
    HQ_FINDINGS,
    /** A remedy's approval decision: 2 working days, then deemed approved (not a missed deadline). */
    APPROVAL,
    /** The callback: done within 2 calendar days of the instruction. */
    CALLBACK
}
