package io.complaints.analytics.statistics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.events.Satisfaction;

/**
 * What one complaint of the ledger counts for in the statistics (投诉管理月度统计分析), by the rules
 * of DOMAIN.md, "Statistics":
 * <ul>
 *   <li>a complaint counts in the <b>month it was received</b> (in the organisation's time zone), at the
 *       unit that received it and at every unit above it;</li>
 *   <li><b>total</b> = valid + invalid; invalid = marked invalid in triage;</li>
 *   <li><b>on time</b> (投诉处理及时率): closed, and no time limit missed; an open complaint is not (yet) on time;</li>
 *   <li><b>resolved</b> (投诉解决率): closed with the outcome RESOLVED;</li>
 *   <li><b>callbacks</b> (投诉解决满意率): every callback counts, a dissatisfied one before a reopening included;
 *       satisfied and fairly satisfied ones are the satisfied ones; likewise with timeliness, over the
 *       callbacks that answered it, and each callback by how the complainant was reached
 *       ({@link CallbackAnswers});</li>
 *   <li><b>escalations</b>: each escalation; <b>reopened</b>: reopened at least once; <b>repeat</b>:
 *       registered as a second complaint on the same matter (二次投诉);</li>
 *   <li><b>time to close</b>: from receipt to closing, closed complaints only;</li>
 *   <li><b>time to first contact</b>: from receipt to the first time the responsible department contacted
 *       the complainant ({@code ComplainantContacted}), in calendar hours (what the complainant waited;
 *       the time limit of one working day is kept by handling's calendar, which analytics does not
 *       hold), complaints contacted only, withdrawn ones included.</li>
 * </ul>
 * <b>Withdrawn complaints</b> (the complainant withdrew it): they were received, so they count in the
 * total (valid or invalid as triage left them) and are shown as withdrawn. Handling did not come to
 * its end, so they are left out of the resolution rate and of time to close, and out of the on-time
 * rate, except a withdrawn complaint that had already missed a time limit: it stays in the on-time
 * rate as late, because a missed deadline is a fact that counts against that rate and a withdrawal
 * does not undo it. Their callbacks, escalations, reopening, repeat and cause count like any other's.
 *
 * @param level      the level triage confirmed, else the one intake registered
 * @param department the responsible department, null before triage
 * @param cause      the cause code of the findings, null before them
 * @param timeToClose from receipt to closing; null when not closed, or withdrawn
 * @param timeToFirstContact from receipt to the first contact; null when not contacted (yet)
 */
record ComplaintFacts(List<String> unitPath, String month, String category, Integer level, String channel,
                      String department, String cause, boolean invalid, boolean withdrawn, boolean closed,
                      boolean missedATimeLimit, boolean resolved, long callbacks, long satisfiedCallbacks,
                      long escalations, boolean reopened, boolean repeat, Duration timeToClose,
                      CallbackAnswers callbackAnswers, Duration timeToFirstContact) {

    /** The ledger fields the statistics read. */
    static final String[] LEDGER_FIELDS = {"unitPath", "month", "category", "intakeLevel", "triagedLevel", "channel",
            "responsibleDepartment", "causeCode", "invalid", "withdrawn", "caseStatus", "outcome", "missed",
            "callbacks", "escalations", "reopenings", "repeat", "receivedAt", "closedAt", "callbackTimeliness",
            "callbackMethods", "contactedAt"};

    /** What the row counts for; empty while the complaint's receipt is not in the ledger yet. */
    static Optional<ComplaintFacts> of(LedgerRow row) {
        if (row.month() == null || row.unitPath() == null || row.unitPath().isEmpty()) {
            return Optional.empty();
        }
        boolean withdrawn = Boolean.TRUE.equals(row.withdrawn()) || "WITHDRAWN".equals(row.outcome());
        boolean closed = row.closed() && row.closedAt() != null;
        long callbacks = row.callbacks() == null ? 0 : row.callbacks().size();
        long satisfied = row.callbacks() == null ? 0 : row.callbacks().values().stream()
                .filter(answer -> Satisfaction.valueOf(answer).counts()).count();
        Duration timeToClose = closed && !withdrawn && row.receivedAt() != null
                ? max0(Duration.between(row.receivedAt(), row.closedAt())) : null;
        return Optional.of(new ComplaintFacts(List.copyOf(row.unitPath()), row.month(), row.category(), row.level(),
                row.channel(), row.responsibleDepartment(), row.causeCode(), Boolean.TRUE.equals(row.invalid()),
                withdrawn, closed, row.missed() != null && !row.missed().isEmpty(),
                closed && "RESOLVED".equals(row.outcome()), callbacks, satisfied, LedgerRow.count(row.escalations()),
                LedgerRow.count(row.reopenings()) > 0, Boolean.TRUE.equals(row.repeat()), timeToClose,
                CallbackAnswers.of(row.callbackTimeliness(), row.callbackMethods()),
                row.contactedAt() != null && row.receivedAt() != null
                        ? max0(Duration.between(row.receivedAt(), row.contactedAt())) : null));
    }

    /**
     * The unit directly below {@code unit} on the complaint's path, or {@code unit} itself when the
     * complaint was received there (or {@code unit} is not on its path).
     */
    String unitBelow(String unit) {
        int at = unitPath.indexOf(unit);
        return at < 0 || at == unitPath.size() - 1 ? unit : unitPath.get(at + 1);
    }

    /** In the denominator of the on-time rate: every complaint but one withdrawn in time. */
    boolean countsForOnTime() {
        return !withdrawn || missedATimeLimit;
    }

    /** In the numerator of the on-time rate: closed within every time limit, not withdrawn. */
    boolean onTime() {
        return closed && !missedATimeLimit && !withdrawn;
    }

    /** In the denominator of the resolution rate: every complaint not withdrawn. */
    boolean countsForResolution() {
        return !withdrawn;
    }

    private static Duration max0(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
