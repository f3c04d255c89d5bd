package io.complaints.handling.cases;

import java.util.Set;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * Separation of duties in handling a case (DOMAIN.md, "Roles", "Lifecycle"): the person who
 * investigates is the one assigned; nobody approves their own remedy (four eyes); the callback is
 * made by someone independent of the handling. Each refusal is a 403 naming its rule.
 */
final class SeparationOfDuties {

    private SeparationOfDuties() {
    }

    /** Findings and remedies come from the case's assigned handler, or from a coordinator. */
    static void assignedHandler(Actor actor, String handlerId) {
        if (actor.holds(Role.COORDINATOR) || actor.id().equals(handlerId)) {
            return;
        }
        throw new NotPermittedException("assigned-handler", handlerId == null
                ? "no handler is assigned to the case yet; a coordinator assigns one first"
                : "only the handler assigned to the case, or a coordinator, does this");
    }

    /** Four eyes: a remedy is approved by someone other than the person who proposed it. */
    static void fourEyes(Actor approver, String proposerId) {
        if (approver.id().equals(proposerId)) {
            throw new NotPermittedException("four-eyes",
                    "the approver proposed this remedy; another approver decides it");
        }
    }

    /**
     * The callback (回访) is made by someone independent of the handling: not the case's handler, nor
     * anyone who handled it before being replaced, and not of the responsible department.
     */
    static void callbackIndependence(Actor agent, Set<String> handlers, String responsibleDepartment) {
        if (handlers.contains(agent.id())) {
            throw new NotPermittedException("callback-independence",
                    "the callback agent must not be the case's handler, now or before");
        }
        if (agent.department() == null) {
            throw new NotPermittedException("callback-independence",
                    "the callback agent's department must be given; the token names none");
        }
        if (responsibleDepartment != null && agent.department().strip().equalsIgnoreCase(responsibleDepartment.strip())) {
            throw new NotPermittedException("callback-independence",
                    "the callback agent must not belong to the responsible department " + responsibleDepartment);
        }
    }
}
