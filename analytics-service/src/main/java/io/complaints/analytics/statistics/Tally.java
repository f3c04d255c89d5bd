package io.complaints.analytics.statistics;

/**
 * The counts every figure of a set of complaints is computed from; what a bucket stores, once for
 * all the complaints of a unit and month and once per group of each breakdown. Tallies add up.
 * See {@link ComplaintFacts} for what each complaint counts for.
 *
 * @param total              complaints received
 * @param invalid            of which marked invalid (the rest are valid)
 * @param withdrawn          of which withdrawn by the complainant
 * @param onTime             closed within every time limit; over {@code onTimeOf}
 * @param resolved           closed as resolved; over {@code resolvedOf}
 * @param satisfiedCallbacks callbacks satisfied or fairly satisfied; over {@code callbacks}
 * @param escalations        escalations, each one
 * @param reopened           complaints reopened at least once
 * @param repeats            repeat complaints
 * @param callbackAnswers    the callback form's other answers; none in a bucket computed before they were counted
 * @param firstContacts      the times from receipt to the first contact with the complainant, of the complaints
 *                           contacted; null in a bucket computed before this figure existed (read model version
 *                           1), and in any sum with such a bucket, until the read models are rebuilt
 */
record Tally(long total, long invalid, long withdrawn, long onTime, long onTimeOf, long resolved, long resolvedOf,
             long callbacks, long satisfiedCallbacks, long escalations, long reopened, long repeats,
             CloseTimes closeTimes, CallbackAnswers callbackAnswers, CloseTimes firstContacts) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, CloseTimes.NONE, CallbackAnswers.NONE,
            CloseTimes.NONE);

    Tally {
        callbackAnswers = callbackAnswers == null ? CallbackAnswers.NONE : callbackAnswers;
    }

    static Tally of(ComplaintFacts complaint) {
        return new Tally(1, one(complaint.invalid()), one(complaint.withdrawn()), one(complaint.onTime()),
                one(complaint.countsForOnTime()), one(complaint.resolved()), one(complaint.countsForResolution()),
                complaint.callbacks(), complaint.satisfiedCallbacks(), complaint.escalations(),
                one(complaint.reopened()), one(complaint.repeat()),
                complaint.timeToClose() == null ? CloseTimes.NONE : CloseTimes.of(complaint.timeToClose()),
                complaint.callbackAnswers(), complaint.timeToFirstContact() == null ? CloseTimes.NONE
                        : CloseTimes.of(complaint.timeToFirstContact()));
    }

    Tally plus(Tally other) {
        return new Tally(total + other.total, invalid + other.invalid, withdrawn + other.withdrawn,
                onTime + other.onTime, onTimeOf + other.onTimeOf, resolved + other.resolved,
                resolvedOf + other.resolvedOf, callbacks + other.callbacks,
                satisfiedCallbacks + other.satisfiedCallbacks, escalations + other.escalations,
                reopened + other.reopened, repeats + other.repeats, closeTimes.plus(other.closeTimes),
                callbackAnswers.plus(other.callbackAnswers), firstContacts == null || other.firstContacts == null
                        ? null : firstContacts.plus(other.firstContacts));
    }

    private static long one(boolean counted) {
        return counted ? 1 : 0;
    }
}
