package io.complaints.intake.evidence;

import java.util.List;

import org.springframework.stereotype.Component;

import io.complaints.platform.Actor;
import io.complaints.intake.access.ComplaintScope;

/**
 * Who may upload, list and download a complaint's evidence: an actor of a unit on the complaint's
 * unit path (the unit that received it or any unit above it, headquarters included), as the caller's
 * access token names it. To anyone else the complaint does not exist.
 */
@Component
class EvidenceAccess {

    private final EvidenceStore store;
    private final ComplaintScope scope;

    EvidenceAccess(EvidenceStore store, ComplaintScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** No complaint has the id. */
    static final class ComplaintNotFound extends RuntimeException {

        ComplaintNotFound() {
            super("No complaint has this id");
        }
    }

    /** Passes when {@code actor} may handle the evidence of the complaint; else {@link ComplaintNotFound}. */
    void check(String complaintId, Actor actor) {
        List<String> unitPath = store.unitPathOf(complaintId).orElseThrow(ComplaintNotFound::new);
        if (!scope.sees(unitPath, actor)) {
            throw new ComplaintNotFound();
        }
    }

    /** The same, and the read recorded. */
    void read(String complaintId, Actor actor, String what) {
        check(complaintId, actor);
        scope.recordRead(complaintId, actor, what);
    }
}
