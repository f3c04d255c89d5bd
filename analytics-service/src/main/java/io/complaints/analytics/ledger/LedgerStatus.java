package io.complaints.analytics.ledger;

/**
 * The status a ledger row shows. Ranked in lifecycle order: events of one complaint come from
 * different topics in any order, and a row only ever moves forward.
 */
public enum LedgerStatus {
    RECEIVED,
    AWAITING_TRIAGE;

    int rank() {
        return ordinal() + 1;
    }
}
