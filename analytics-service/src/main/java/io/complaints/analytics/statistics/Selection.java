package io.complaints.analytics.statistics;

import java.util.regex.Pattern;

import io.complaints.platform.RulesViolatedException;

/**
 * What a question to the statistics is about: a unit (and every unit below it), a period, and
 * optionally a breakdown. A malformed one is refused, naming each field and the rule it breaks.
 *
 * @param by the breakdown asked for, or null
 */
record Selection(String unit, Period period, Breakdown by) {

    private static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    /** From {@code unit}, {@code period} (a month or a year) and {@code by}. */
    static Selection of(String unit, String period, String by) {
        var refusal = unitChecked(unit)
                .check(period != null, "period", "required", "is required: a month yyyy-MM or a year yyyy")
                .check(period == null || Period.isMonth(period) || Period.isYear(period), "period", "Pattern",
                        "must be a month yyyy-MM or a year yyyy")
                .check(by == null || Breakdown.named(by).isPresent(), "by", "enum",
                        "must be one of: " + String.join(", ", Breakdown.parameters()));
        refusal.throwIfAny();
        return new Selection(unit, Period.of(period), by == null ? null : Breakdown.named(by).orElseThrow());
    }

    /** From {@code unit} and a {@code year}. */
    static Selection ofYear(String unit, String year) {
        unitChecked(unit).check(Period.isYear(year), "year", "Pattern", "must be a year yyyy").throwIfAny();
        return new Selection(unit, Period.of(year), null);
    }

    /** The checks of a {@code unit} and a {@code month} ({@code yyyy-MM}), to go on with; refuses nothing yet. */
    static RulesViolatedException.Collector monthChecked(String unit, String month) {
        return unitChecked(unit)
                .check(month != null, "month", "required", "is required: a month yyyy-MM")
                .check(month == null || Period.isMonth(month), "month", "Pattern", "must be a month yyyy-MM");
    }

    private static RulesViolatedException.Collector unitChecked(String unit) {
        return new RulesViolatedException.Collector()
                .check(unit != null, "unit", "required", "is required: the code of a unit")
                .check(unit == null || UNIT.matcher(unit).matches(), "unit", "Pattern",
                        "must be a unit code (capitals, digits, -)");
    }
}
