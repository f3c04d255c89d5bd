package io.complaints.notification.rules;

import io.complaints.events.UnitRef;

/** The level of a unit in the organisation: headquarters → subsidiaries → branches. */
public enum UnitLevel {
    HEADQUARTERS, SUBSIDIARY, BRANCH;

    public static UnitLevel of(UnitRef unit) {
        return switch (unit.path().size()) {
            case 1 -> HEADQUARTERS;
            case 2 -> SUBSIDIARY;
            default -> BRANCH;
        };
    }
}
