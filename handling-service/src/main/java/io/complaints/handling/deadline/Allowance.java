package io.complaints.handling.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much time a time limit allows, and so when it falls due. Written in configuration as
 * {@code same-day}, {@code 3 calendar-days}, {@code 1 working-day}, {@code 2 working-days}, or an
 * ISO-8601 duration such as {@code PT30M}.
 */
public sealed interface Allowance {

    /** When a limit that starts at {@code from} falls due, by the given calendar. */
    Instant due(Instant from, WorkingCalendar calendar);

    /**
     * Reads the notation above; refuses anything else, saying what is accepted. (Named {@code valueOf}
     * so that configuration binding finds it.)
     */
    static Allowance valueOf(String notation) {
        String text = notation == null ? "" : notation.strip().toLowerCase(Locale.ROOT);
        if (text.equals(SameDay.NOTATION)) {
            return new SameDay();
        }
        Matcher days = Pattern.compile("(\\d+)\\s+(calendar|working)-days?").matcher(text);
        if (days.matches()) {
            int count = count(days.group(1), notation);
            return days.group(2).equals("calendar") ? new CalendarDays(count) : new WorkingDays(count);
        }
        if (text.startsWith("p")) {
            return new Elapsed(duration(notation));
        }
        throw refused(notation);
    }

    /** Until the end of the working day on which the limit starts (or of the next one, if it starts outside). */
    record SameDay() implements Allowance {

        static final String NOTATION = "same-day";

        @Override
        public Instant due(Instant from, WorkingCalendar calendar) {
            return calendar.endOfWorkingDay(from);
        }

        @Override
        public String toString() {
            return NOTATION;
        }
    }

    /** A number of days later at the same local time, working or not. */
    record CalendarDays(int days) implements Allowance {

        public CalendarDays {
            requirePositive(days);
        }

        @Override
        public Instant due(Instant from, WorkingCalendar calendar) {
            return calendar.plusCalendarDays(from, days);
        }

        @Override
        public String toString() {
            return days + (days == 1 ? " calendar-day" : " calendar-days");
        }
    }

    /** A number of working days later, at the same time of the working day. */
    record WorkingDays(int days) implements Allowance {

        public WorkingDays {
            requirePositive(days);
        }

        @Override
        public Instant due(Instant from, WorkingCalendar calendar) {
            return calendar.plusWorkingDays(from, days);
        }

        @Override
        public String toString() {
            return days + (days == 1 ? " working-day" : " working-days");
        }
    }

    /** A stretch of elapsed time, around the clock and regardless of the calendar (e.g. 30 minutes). */
    record Elapsed(Duration duration) implements Allowance {

        public Elapsed {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a time limit must be longer than nothing, not " + duration);
            }
        }

        @Override
        public Instant due(Instant from, WorkingCalendar calendar) {
            return from.plus(duration);
        }

        @Override
        public String toString() {
            return duration.toString();
        }
    }

    private static int count(String digits, String notation) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw refused(notation);
        }
    }

    private static void requirePositive(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a time limit must be at least one day, not " + days);
        }
    }

    private static Duration duration(String notation) {
        try {
            return Duration.parse(notation.strip());
        } catch (DateTimeParseException e) {
            throw refused(notation);
        }
    }

    private static IllegalArgumentException refused(String notation) {
        return new IllegalArgumentException("'" + notation + "' is not a time limit; write same-day, "
                + "<n> calendar-days, <n> working-days or an ISO-8601 duration such as PT30M");
    }
}
