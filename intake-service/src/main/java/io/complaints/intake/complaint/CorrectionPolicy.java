package io.complaints.intake.complaint;

import java.util.List;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Who corrects a registered complaint (amendment, withdrawal): intake agents and coordinators of the
 * complaint's unit or a unit above it.
 */
final class CorrectionPolicy {

    private CorrectionPolicy() {
    }

    static void check(Actor actor, List<String> unitPath) {
        if (!actor.holdsAny(Role.INTAKE_AGENT, Role.COORDINATOR)) {
            throw new NotPermittedException("role", "a complaint is corrected by intake agents and coordinators");
        }
        if (!unitPath.contains(actor.unit())) {
            throw new NotPermittedException("unit-scope",
                    "a complaint is corrected by its own unit or a unit above it, not by " + actor.unit());
        }
    }
}
