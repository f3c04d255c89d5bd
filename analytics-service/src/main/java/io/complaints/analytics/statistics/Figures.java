package io.complaints.analytics.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The figures of a set of complaints (DOMAIN.md, "Statistics"); see {@link ComplaintFacts} for what
 * each complaint counts for, withdrawn complaints included.
 *
 * @param total        complaints received = valid + invalid
 * @param withdrawn    of the total, withdrawn by the complainant
 * @param onTime       on-time rate (投诉处理及时率): closed within every time limit / complaints
 * @param resolution   resolution rate (投诉解决率): resolved / complaints
 * @param satisfaction satisfaction rate (投诉解决满意率): callbacks satisfied or fairly satisfied / callbacks
 * @param escalations  escalations (升级), each one
 * @param reopened     complaints reopened after a dissatisfied callback
 * @param repeats      repeat complaints (二次投诉)
 * @param timelinessSatisfaction satisfaction with timeliness: callbacks satisfied or fairly satisfied with how
 *                     soon the complaint was handled / callbacks that answered it (older callbacks did not)
 * @param callbacksByMethod callbacks by how the complainant was reached (PHONE, VISIT, MESSAGE), where recorded
 * @param firstContact time to first contact (首次联系): from receipt to the responsible department's first
 *                     contact with the complainant; null where the figures were computed before it existed
 */
public record Figures(long total, long valid, long invalid, long withdrawn, Rate onTime, Rate resolution,
                      Rate satisfaction, long escalations, long reopened, long repeats, TimeToClose timeToClose,
                      Rate timelinessSatisfaction, Map<String, Long> callbacksByMethod, TimeToFirstContact firstContact) {

    /**
     * A rate with what it is made of: {@code rate} = numerator / denominator to four decimals, null
     * when the denominator is 0.
     */
    public record Rate(BigDecimal rate, long numerator, long denominator) {

        static Rate of(long numerator, long denominator) {
            return new Rate(ratio(numerator, denominator), numerator, denominator);
        }
    }

    /**
     * How long closed complaints took from receipt to closing.
     *
     * @param closed    complaints closed (withdrawn ones aside)
     * @param meanHours the mean, in hours to two decimals; null when none closed
     * @param p90Hours  90 % closed within so many hours (to the hour within 3 days, to the day
     *                  beyond); null when none closed
     */
    public record TimeToClose(long closed, BigDecimal meanHours, Long p90Hours) {
    }

    /**
     * How long complaints waited from receipt to the first contact with the complainant, in calendar
     * hours (to the hour within 3 days, to the day beyond).
     *
     * @param contacted   complaints contacted
     * @param medianHours half were contacted within so many hours; null when none was
     * @param p90Hours    90 % within so many hours; null when none was
     */
    public record TimeToFirstContact(long contacted, Long medianHours, Long p90Hours) {

        static TimeToFirstContact of(CloseTimes times) {
            return times == null ? null : new TimeToFirstContact(times.count(), times.medianHours(), times.p90Hours());
        }
    }

    static Figures of(Tally tally) {
        CloseTimes times = tally.closeTimes();
        return new Figures(tally.total(), tally.total() - tally.invalid(), tally.invalid(), tally.withdrawn(),
                Rate.of(tally.onTime(), tally.onTimeOf()), Rate.of(tally.resolved(), tally.resolvedOf()),
                Rate.of(tally.satisfiedCallbacks(), tally.callbacks()), tally.escalations(), tally.reopened(),
                tally.repeats(), new TimeToClose(times.count(), times.meanHours(), times.p90Hours()),
                Rate.of(tally.callbackAnswers().timelinessSatisfied(), tally.callbackAnswers().timelinessAnswers()),
                tally.callbackAnswers().byMethod(), TimeToFirstContact.of(tally.firstContacts()));
    }

    /** part / whole to four decimals, without trailing zeros; null over nothing. */
    static BigDecimal ratio(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
