package io.complaints.notification.directory;

import io.complaints.events.UnitRef;

/**
 * Who is to be told, before the directory names the people: everyone holding a role in a unit,
 * narrowed where the event says more.
 *
 * @param role               e.g. {@code leadership}, {@code approver}, {@code callback-agent}
 * @param unit               the unit, with its path from headquarters
 * @param department         only people of this department (or of none, such as the unit's leadership); null: any
 * @param personId           the one person meant, e.g. the handler who owns a missed deadline, when the
 *                           directory knows them in this role; null: everyone in the role
 * @param excludedDepartment nobody of this department, e.g. the responsible department for a callback; null: none
 */
public record Audience(String role, UnitRef unit, String department, String personId, String excludedDepartment) {

    /**
     * The role of an audience that is one person the event names, whatever roles they hold: the owner of an
     * overdue action of a remedy ({@code ActionOverdue}).
     */
    public static final String ACTION_OWNER = "action-owner";

    /** The one person the event names, of the case's unit or not. */
    public static Audience actionOwner(String personId, UnitRef unit) {
        return new Audience(ACTION_OWNER, unit, null, personId, null);
    }

    public static Audience of(String role, UnitRef unit) {
        return new Audience(role, unit, null, null, null);
    }

    /** {@code role@unit}, e.g. {@code leadership@SH-PD}. */
    public String key() {
        return role + "@" + unit.code();
    }
}
