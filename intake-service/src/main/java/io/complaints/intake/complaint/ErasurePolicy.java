package io.complaints.intake.complaint;

import java.util.List;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Who erases a complainant's personal data: the coordinator who keeps the ledger of the complaint's unit
 * or of a unit above it, and the HQ supervisor. Intake agents and handlers do not: erasure cannot be undone.
 */
final class ErasurePolicy {

    private ErasurePolicy() {
    }

    static void check(Actor actor, List<String> unitPath) {
        if (!actor.holdsAny(Role.COORDINATOR, Role.HQ_SUPERVISOR)) {
            throw new NotPermittedException("role", "personal data is erased by coordinators and HQ supervisors");
        }
        if (!unitPath.contains(actor.unit())) {
            throw new NotPermittedException("unit-scope",
                    "personal data is erased by the complaint's own unit or a unit above it, not by " + actor.unit());
        }
    }
}
