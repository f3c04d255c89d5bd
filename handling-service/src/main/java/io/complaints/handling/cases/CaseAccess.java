package io.complaints.handling.cases;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.complaints.events.UnitRef;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Who may act on a case (DOMAIN.md, "Roles", "Organisation"): a person of the case's unit or of a
 * unit above it, in a role that does the thing asked.
 */
final class CaseAccess {

    private final Actor actor;
    private final UnitRef unit;

    private CaseAccess(Actor actor, UnitRef unit) {
        this.actor = actor;
        this.unit = unit;
    }

    static CaseAccess of(Actor actor, UnitRef unit) {
        return new CaseAccess(actor, unit);
    }

    /** One of these roles, in the case's unit or above it. */
    CaseAccess mustBe(Role... roles) {
        if (!actor.holdsAny(roles)) {
            throw new NotPermittedException("role", "needs the role " + Arrays.stream(roles).map(Role::name)
                    .collect(Collectors.joining(" or ")) + (actor.roles().isEmpty() ? "; the actor holds none"
                    : "; the actor holds " + actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "))));
        }
        if (!unit.path().contains(actor.unit())) {
            throw new NotPermittedException("unit-scope", "the case belongs to " + unit.code()
                    + "; only its own unit and the units above it act on it");
        }
        return this;
    }

    /** In exactly this unit. */
    CaseAccess at(UnitRef required) {
        if (!required.code().equals(actor.unit())) {
            throw new NotPermittedException("unit-scope", "only " + required.code() + " may do this");
        }
        return this;
    }

    /** Of a named department other than this one: a callback agent is never of the responsible department. */
    CaseAccess outsideOf(String department) {
        if (actor.department() == null) {
            throw new NotPermittedException("callback-independence",
                    "the callback agent must belong to a department (the token names none)");
        }
        if (actor.department().equalsIgnoreCase(department)) {
            throw new NotPermittedException("callback-independence",
                    "the callback agent must not belong to the responsible department " + department);
        }
        return this;
    }
}
