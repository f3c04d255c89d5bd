package io.complaints.analytics.ledger;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.PastReplay;
import io.complaints.platform.Actor;

/**
 * The ledger (投诉台账) as it stood at a past instant: every row as the events up to then leave it,
 * computed by {@link Ledger} itself into a scratch generation ({@link PastReplay}: which instant of an
 * event counts, and how the work is bounded). The caller selects from it as from the live ledger, in
 * the viewer's visibility scope, and closes it.
 */
@Component
public class PastLedger {

    /** The response header that names the instant a past ledger stood at. */
    public static final String AS_OF_HEADER = "X-As-Of";

    private final PastReplay replay;
    private final Ledger ledger;

    PastLedger(PastReplay replay, Ledger ledger) {
        this.replay = replay;
        this.ledger = ledger;
    }

    /** The ledger as it stood at {@code asOf}, replayed for {@code viewer} (one replay per viewer at a time). */
    public PastReplay.Scratch at(Instant asOf, Actor viewer) {
        return replay.upTo(asOf, viewer.id(), ledger);
    }

    /** The collection of the past ledger's rows. */
    public static String collection(PastReplay.Scratch past) {
        return past.generation().collection(Ledger.COLLECTION);
    }
}
