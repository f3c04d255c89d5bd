package io.complaints.handling.cases;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.AggregateNotFoundException;

import io.complaints.events.UnitRef;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Who may act on a case (DOMAIN.md, "Roles", "Organisation"): a person of the case's unit or of a
 * unit above it, in a role that does the thing asked. To anyone else the case does not exist: it is
 * not found, as an unknown case is, so that its existence does not leak to other units.
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

    /** One of these roles, in the case's unit or above it; a case of another unit is not found. */
    CaseAccess mustBe(Role... roles) {
        if (!unit.path().contains(actor.unit())) {
            throw new CaseNotVisible();
        }
        if (!actor.holdsAny(roles)) {
            throw new NotPermittedException("role", "needs the role " + Arrays.stream(roles).map(Role::name)
                    .collect(Collectors.joining(" or ")) + (actor.roles().isEmpty() ? "; the actor holds none"
                    : "; the actor holds " + actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "))));
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

    /**
     * The case belongs to a unit the actor neither belongs to nor is above: answered exactly as a case
     * that does not exist (404), never as a refusal that would confirm it exists.
     */
    static final class CaseNotVisible extends AggregateNotFoundException {

        CaseNotVisible() {
            super(null, "No case of your units has this id");
        }
    }
}
