package io.complaints.events;

/** The complainant's answer at the callback (满意 / 较满意 / 一般 / 不满意). */
public enum Satisfaction {
    SATISFIED, FAIRLY_SATISFIED, NEUTRAL, DISSATISFIED;

    /** Satisfied or fairly satisfied: what the satisfaction rate counts. */
    public boolean counts() {
        return this == SATISFIED || this == FAIRLY_SATISFIED;
    }
}
