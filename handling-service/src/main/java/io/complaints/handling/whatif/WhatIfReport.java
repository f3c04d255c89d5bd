package io.complaints.handling.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import io.complaints.handling.cases.CaseReplay;

/**
 * How the period's cases would have fared under the candidate configuration, per receiving unit and month
 * of receipt: the figures under the live configuration ({@code actual}), under the candidate, and the
 * difference (candidate minus actual).
 *
 * @param unit     the unit asked about; its cases and those of the units below it
 * @param from     the first month, e.g. {@code 2026-10}
 * @param to       the last month
 * @param asOf     the moment the replay ran: limits still open fall due only up to it
 * @param cases    the cases received in the period
 * @param rows     one per unit and month with cases, by unit then month
 * @param total    every case of the period
 */
public record WhatIfReport(String unit, String from, String to, Instant asOf, int cases, List<Row> rows, Row total) {

    /** A unit's month (both null in the total). */
    public record Row(String unit, String month, int cases, Figures actual, Figures candidate, Figures difference) {
    }

    /**
     * @param onTime      complaints closed within every time limit (投诉处理及时率's numerator)
     * @param onTimeOf    its denominator: every complaint but one withdrawn before it missed a limit
     * @param onTimeRate  {@code onTime / onTimeOf}, four decimals; null without any complaint counted
     * @param missed      time limits that fell due unmet
     * @param reminders   reminders (催办) issued for them
     * @param escalations escalations, for every reason
     */
    public record Figures(long onTime, long onTimeOf, BigDecimal onTimeRate, long missed, long reminders,
                          long escalations) {

        static final Figures NONE = new Figures(0, 0, null, 0, 0, 0);

        static Figures of(CaseReplay.Outcome outcome) {
            long counted = outcome.countsForOnTime() ? 1 : 0;
            long onTime = outcome.onTime() ? 1 : 0;
            return new Figures(onTime, counted, rate(onTime, counted), outcome.missed(), outcome.reminders(),
                    outcome.escalations());
        }

        Figures plus(Figures other) {
            long onTime = this.onTime + other.onTime;
            long onTimeOf = this.onTimeOf + other.onTimeOf;
            return new Figures(onTime, onTimeOf, rate(onTime, onTimeOf), missed + other.missed,
                    reminders + other.reminders, escalations + other.escalations);
        }

        /** Candidate minus actual, field by field; the rate's difference is null when either rate is. */
        Figures minus(Figures actual) {
            BigDecimal rate = onTimeRate == null || actual.onTimeRate == null ? null
                    : onTimeRate.subtract(actual.onTimeRate);
            return new Figures(onTime - actual.onTime, onTimeOf - actual.onTimeOf, rate, missed - actual.missed,
                    reminders - actual.reminders, escalations - actual.escalations);
        }

        private static BigDecimal rate(long numerator, long denominator) {
            return denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        }
    }
}
