package io.complaints.intake.evidence;

import java.util.List;

import org.springframework.stereotype.Component;

import io.complaints.platform.Actor;
import io.complaints.platform.RuleViolation;

/**
 * Who may upload, list and download a complaint's evidence: a named actor of a unit on the
 * complaint's unit path (the unit that received it or any unit above it, headquarters included),
 * as the caller's access token names it.
 */
@Component
class EvidenceAccess {

    static final String HEADQUARTERS = "HQ";

    private final EvidenceStore store;

    EvidenceAccess(EvidenceStore store) {
        this.store = store;
    }

    /** Refused: the actor may not see this complaint's evidence. */
    static final class Denied extends RuntimeException {

        private final RuleViolation violation;

        Denied(String field, String rule, String message) {
            super(message);
            this.violation = new RuleViolation(field, rule, message);
        }

        RuleViolation violation() {
            return violation;
        }
    }

    /** No complaint has the id. */
    static final class ComplaintNotFound extends RuntimeException {

        ComplaintNotFound() {
            super("No complaint has this id");
        }
    }

    /** Passes when {@code actor} may handle the evidence of the complaint; throws {@link Denied} or {@link ComplaintNotFound}. */
    void check(String complaintId, Actor actor) {
        List<String> unitPath = store.unitPathOf(complaintId).orElseThrow(ComplaintNotFound::new);
        if (!HEADQUARTERS.equals(actor.unit()) && !unitPath.contains(actor.unit())) {
            throw new Denied("unit", "unit-scope",
                    "only the complaint's unit, the units above it and headquarters may handle its evidence");
        }
    }
}
