package io.complaints.handling.cases;

import static io.complaints.events.CaseStatus.AWAITING_TRIAGE;
import static io.complaints.events.CaseStatus.CALLBACK_DUE;
import static io.complaints.events.CaseStatus.CLOSED;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CaseStatus;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.platform.RulesViolatedException;

/**
 * Where a case stands in its lifecycle (DOMAIN.md, "Lifecycle"), as its events say it, and the order of
 * the lifecycle: each
 * step is asked at the points where it has a place, and refused with the rule {@code status} anywhere
 * else.
 */
class CaseProgress {

    private CaseStatus status;
    /** A callback was instructed and not yet made; a case settled at intake is closed while it waits. */
    private boolean callbackDue;

    CaseStatus status() {
        return status;
    }

    boolean isClosed() {
        return status == CLOSED;
    }

    void expect(String action, CaseStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw RulesViolatedException.ofRule("status", "cannot " + action + " while the case is " + status
                    + "; it must be " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    void expectOpen(String action) {
        if (isClosed()) {
            throw RulesViolatedException.ofRule("status", "cannot " + action + ": the case is closed");
        }
    }

    /** The callback is due: instructed after the remedy's execution, or after a settlement at intake. */
    void expectCallbackDue() {
        if (!(callbackDue && isClosed())) {
            expect("complete the callback", CALLBACK_DUE);
        }
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        status = AWAITING_TRIAGE;
    }

    @EventSourcingHandler
    void on(CaseTriaged event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CaseRetriaged event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CaseMarkedInvalid event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(RemedyProposed event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(RemedyApproved event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(RemedyOffered event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(RemedyAccepted event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(RemedyExecuted event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CallbackInstructed event) {
        status = event.status();
        callbackDue = true;
    }

    @EventSourcingHandler
    void on(CallbackCompleted event) {
        callbackDue = false;
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = event.status();
    }

    /** Back to investigation: an approver's rejection, a complainant's decline, a dissatisfied callback. */
    @EventSourcingHandler
    void on(RemedyRejected event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(RemedyDeclined event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        status = event.status();
    }
}
