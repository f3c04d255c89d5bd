package io.complaints.analytics.ledger;

/**
 * The status a ledger row shows. Ranked in lifecycle order: events of one complaint come from
 * different topics in any order, and a row keeps the furthest status any of them reached.
 */
public enum LedgerStatus {
    RECEIVED,
    AWAITING_TRIAGE;

    int rank() {
        return ordinal() + 1;
    }

    static LedgerStatus ofRank(int rank) {
        return values()[rank - 1];
    }
}
