package io.complaints.analytics.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A period of the statistics: one month of receipt ({@code yyyy-MM}) or a calendar year
 * ({@code yyyy}), whose figures are the sum of its twelve months.
 *
 * @param name   as asked, e.g. {@code 2026-11} or {@code 2026}
 * @param months the months it spans, in order
 */
record Period(String name, List<String> months) {

    private static final Pattern MONTH = Pattern.compile("[12]\\d{3}-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");

    Period {
        months = List.copyOf(months);
    }

    static boolean isMonth(String text) {
        return text != null && MONTH.matcher(text).matches();
    }

    static boolean isYear(String text) {
        return text != null && YEAR.matcher(text).matches();
    }

    /** A month or a year; the caller has checked it is one. */
    static Period of(String text) {
        if (isYear(text)) {
            return year(Integer.parseInt(text));
        }
        if (isMonth(text)) {
            return new Period(text, List.of(text));
        }
        throw new IllegalArgumentException("neither a month nor a year: " + text);
    }

    static Period year(int year) {
        return new Period(String.valueOf(year), IntStream.rangeClosed(1, 12)
                .mapToObj(month -> YearMonth.of(year, month).toString()).toList());
    }
}
