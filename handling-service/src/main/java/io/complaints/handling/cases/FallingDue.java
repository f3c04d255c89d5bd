package io.complaints.handling.cases;

import io.complaints.events.TimeLimit;

/**
 * What a time limit falling due unmet does to a case (DOMAIN.md, "Deadlines", "Lifecycle" 4). The case
 * acts on it when its deadline fires; a what-if replay counts it in its sandbox.
 */
public enum FallingDue {

    /** An approval not decided within its limit counts as given (视为已批准): not a missed limit. */
    DEEMED_APPROVED,

    /** Missed: a fact against the on-time rate, a reminder (催办) to its owner, and one level of escalation. */
    MISSED;

    public static FallingDue of(TimeLimit limit) {
        return limit == TimeLimit.APPROVAL ? DEEMED_APPROVED : MISSED;
    }

    /** Whether its owner is reminded (催办) and the case goes one level up. */
    public boolean remindsAndEscalates() {
        return this == MISSED;
    }
}
