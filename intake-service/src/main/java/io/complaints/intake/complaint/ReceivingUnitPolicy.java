package io.complaints.intake.complaint;

import java.util.List;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Who registers a complaint for which receiving unit (DOMAIN.md, "What intake records", "Priority"):
 * an intake agent (or a coordinator) registers for their own unit; headquarters, the top of the
 * tree, may register on behalf of any unit, and such a complaint is transferred from HQ (优先处理).
 */
public final class ReceivingUnitPolicy {

    private ReceivingUnitPolicy() {
    }

    /**
     * Whether headquarters registers on behalf of another unit: the actor's unit heads the receiving
     * unit's path (codes from the top down) and is not the receiving unit itself.
     */
    public static boolean transferredFromHq(Actor actor, List<String> unitPath) {
        return !unitPath.isEmpty() && unitPath.getFirst().equals(actor.unit()) && !unitPath.getLast().equals(actor.unit());
    }

    static void check(Actor actor, String unitCode, List<String> unitPath) {
        if (!actor.holdsAny(Role.INTAKE_AGENT, Role.COORDINATOR)) {
            throw new NotPermittedException("role", "complaints are registered by intake agents and coordinators");
        }
        if (!unitCode.equals(actor.unit()) && !transferredFromHq(actor, unitPath)) {
            throw new NotPermittedException("unit-scope", "an intake agent registers complaints for their own unit "
                    + actor.unit() + "; only headquarters registers on behalf of another unit");
        }
    }
}
