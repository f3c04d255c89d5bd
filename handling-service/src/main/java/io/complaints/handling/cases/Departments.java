package io.complaints.handling.cases;

import java.util.Optional;

import io.complaints.platform.RulesViolatedException;

/**
 * The departments (部门) a case names (DOMAIN.md, "Organisation"): its responsible department and its
 * handler's are departments of the case's unit, as the organisation's configuration lists them.
 */
public interface Departments {

    /** The department's code as the unit lists it, if the unit has it (codes compared ignoring case). */
    Optional<String> find(String unit, String code);

    /** The department's code as the unit lists it; refused (400, {@code unknown-department}) when it has none. */
    default String of(String unit, String field, String code) {
        return find(unit, code).orElseThrow(() -> RulesViolatedException.ofField(field, "unknown-department",
                "'" + code + "' is not a department of " + unit + " (GET /api/organisation/units/" + unit
                        + "/departments lists them)"));
    }
}
