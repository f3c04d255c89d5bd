package io.complaints.analytics.escalation;

import io.complaints.platform.RulesViolatedException;

/**
 * Which open escalations are there in a unit's cases and in those of every unit below it? One
 * page of them, oldest first.
 *
 * @param page from 0
 * @param size 1 to 500
 */
public record FindEscalationsQuery(String unit, int page, int size) {

    public static final int MAX_SIZE = 500;

    /** Refuses a malformed question, naming each field. */
    public FindEscalationsQuery {
        new RulesViolatedException.Collector()
                .check(unit != null && unit.matches("[A-Z0-9][A-Z0-9-]{0,31}"), "unit", "Pattern",
                        "must be a unit code (capitals, digits, -)")
                .check(page >= 0, "page", "Min", "must be 0 or more")
                .check(size >= 1 && size <= MAX_SIZE, "size", "Range", "must be 1 to " + MAX_SIZE)
                .throwIfAny();
    }
}
