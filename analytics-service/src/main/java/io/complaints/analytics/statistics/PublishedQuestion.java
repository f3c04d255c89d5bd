package io.complaints.analytics.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.complaints.platform.RulesViolatedException;

/**
 * A question about a month's statistics as they were published on a date: a unit (and every unit
 * below it), a month of receipt, and the publication date, in the organisation's time zone. The
 * figures as published are those of every event up to the end of that day (or up to now, asked on
 * the day itself). A malformed one is refused, naming each field and the rule it breaks.
 *
 * @param publishedAt the end of the publication day, or now when that is later
 */
record PublishedQuestion(String unit, String month, LocalDate publishedOn, Instant publishedAt) {

    /** From {@code unit}, {@code month} ({@code yyyy-MM}) and {@code publishedOn} ({@code yyyy-MM-dd}). */
    static PublishedQuestion of(String unit, String month, String publishedOn, ZoneId zone, Instant now) {
        LocalDate on = date(publishedOn);
        var refusal = Selection.monthChecked(unit, month).check(publishedOn != null, "publishedOn", "required", "is required: a date yyyy-MM-dd")
                .check(publishedOn == null || on != null, "publishedOn", "Pattern", "must be a date yyyy-MM-dd");
        if (on != null && Period.isMonth(month)) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            refusal.check(!on.isAfter(today), "publishedOn", "past", "must not be after today (" + today + ")")
                    .check(!on.isBefore(YearMonth.parse(month).atDay(1)), "publishedOn", "after-month-began",
                            "must be on or after the first day of " + month);
        }
        refusal.throwIfAny();
        Instant endOfDay = on.plusDays(1).atStartOfDay(zone).toInstant();
        return new PublishedQuestion(unit, month, on, endOfDay.isAfter(now) ? now : endOfDay);
    }

    private static LocalDate date(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException impossible) {
            return null;
        }
    }
}
