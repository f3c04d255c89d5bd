package io.complaints.handling.whatif;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.complaints.events.TimeLimit;
import io.complaints.handling.deadline.Allowance;
import io.complaints.handling.deadline.DeadlineProperties;
import io.complaints.handling.deadline.WorkingHours;
import io.complaints.platform.RuleViolation;

/**
 * Reads a {@link CandidateConfiguration} into the {@link DeadlineProperties} the live rules take, collecting
 * every value it refuses with its field and rule (values are never echoed: a refusal names what is
 * accepted). The organisation's zone, hours, working weekdays and every time limit are required; a unit
 * must be one of the organisation's and may leave any value out.
 */
final class CandidateReader {

    private static final String FIELD = "candidate";
    /** The longest allowance a candidate may give: longer ones would only make the replay slow. */
    static final int MAX_DAYS = 365;
    /** The most holidays (or make-up days) one calendar of a candidate may list. */
    static final int MAX_DATES = 1000;

    private final List<RuleViolation> refused = new ArrayList<>();
    private final Predicate<String> knownUnit;

    CandidateReader(Predicate<String> knownUnit) {
        this.knownUnit = knownUnit;
    }

    /** What was refused so far, each with its field and rule. */
    List<RuleViolation> refused() {
        return List.copyOf(refused);
    }

    /** The candidate's properties, or null when something was refused (and collected). */
    DeadlineProperties read(CandidateConfiguration candidate) {
        if (candidate == null) {
            check(false, FIELD, "required", "the candidate configuration is required "
                    + "(GET /api/what-if/configuration answers the live one, to start from)");
            return null;
        }
        Calendar calendar = calendar(FIELD, true, candidate.zone(), candidate.workingHours(),
                candidate.workingWeekdays(), candidate.holidays(), candidate.makeUpDays());
        Map<TimeLimit, Allowance> limits = limits(FIELD + ".limits", candidate.limits(), true);
        Map<String, DeadlineProperties.Unit> units = new HashMap<>();
        if (candidate.units() != null) {
            candidate.units().forEach((code, unit) -> {
                DeadlineProperties.Unit read = unit(FIELD + ".units." + code, code, unit);
                if (read != null) {
                    units.put(code, read);
                }
            });
        }
        if (!refused.isEmpty()) {
            return null;
        }
        try {
            return new DeadlineProperties(calendar.zone(), calendar.hours(), calendar.weekdays(),
                    orEmpty(calendar.holidays()), orEmpty(calendar.makeUpDays()), limits, units);
        } catch (IllegalArgumentException e) {
            check(false, FIELD, "calendar", "the working calendar is inconsistent");
            return null;
        }
    }

    private DeadlineProperties.Unit unit(String field, String code, CandidateConfiguration.UnitSettings unit) {
        if (!knownUnit.test(code)) {
            check(false, field, "unknown-unit", "the organisation has no such unit");
            return null;
        }
        if (unit == null) {
            return null;
        }
        Calendar calendar = calendar(field, false, unit.zone(), unit.workingHours(), unit.workingWeekdays(),
                unit.holidays(), unit.makeUpDays());
        Map<TimeLimit, Allowance> limits = limits(field + ".limits", unit.limits(), false);
        return new DeadlineProperties.Unit(calendar.zone(), calendar.hours(), calendar.weekdays(),
                calendar.holidays(), calendar.makeUpDays(), limits);
    }

    /** A working calendar's values as read; each null when left out (or refused). */
    private record Calendar(ZoneId zone, WorkingHours hours, Set<DayOfWeek> weekdays, Set<LocalDate> holidays,
                            Set<LocalDate> makeUpDays) {
    }

    /** The organisation's calendar ({@code required}: zone, hours and weekdays) or a unit's (all optional). */
    private Calendar calendar(String field, boolean required, String zone, String hours, List<String> weekdays,
                              List<String> holidays, List<String> makeUpDays) {
        Calendar calendar = new Calendar(
                value(field + ".zone", zone, required, "zone", "a time zone such as Asia/Shanghai", ZoneId::of),
                value(field + ".workingHours", hours, required, "working-hours", "working hours such as 09:00-18:00",
                        WorkingHours::valueOf),
                weekdays(field + ".workingWeekdays", weekdays, required),
                dates(field + ".holidays", holidays), dates(field + ".makeUpDays", makeUpDays));
        notBoth(field, calendar.holidays(), calendar.makeUpDays());
        return calendar;
    }

    private <T> T value(String field, String text, boolean required, String rule, String accepted,
                        Function<String, T> parse) {
        return required ? required(field, text, rule, accepted, parse) : optional(field, text, rule, accepted, parse);
    }

    /** Every limit named once (when {@code all}), each by its name and a valid allowance. */
    private Map<TimeLimit, Allowance> limits(String field, Map<String, String> written, boolean all) {
        Map<TimeLimit, Allowance> limits = new EnumMap<>(TimeLimit.class);
        Map<String, String> given = written == null ? Map.of() : written;
        given.forEach((name, notation) -> {
            TimeLimit limit = limitNamed(name);
            if (limit == null) {
                check(false, field + "." + name, "known-limit", "not a time limit; one of "
                        + List.of(TimeLimit.values()));
                return;
            }
            Allowance allowance = required(field + "." + name, notation, "time-limit",
                    "same-day, <n> calendar-days, <n> working-days (n at least 1) or a positive ISO-8601 duration "
                            + "such as PT30M", Allowance::valueOf);
            if (allowance != null) {
                check(withinAYear(allowance), field + "." + name, "at-most-a-year",
                        "a time limit may allow at most " + MAX_DAYS + " days");
                limits.put(limit, allowance);
            }
        });
        if (all) {
            for (TimeLimit limit : TimeLimit.values()) {
                boolean named = given.keySet().stream().anyMatch(name -> limit == limitNamed(name));
                check(named, field + "." + limit.name(), "required", "every time limit is required");
            }
        }
        return limits;
    }

    private Set<DayOfWeek> weekdays(String field, List<String> written, boolean required) {
        if (written == null) {
            check(!required, field, "required", "the working weekdays are required, e.g. [\"MONDAY\"]");
            return null;
        }
        Set<DayOfWeek> days = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            DayOfWeek day = required(field + "[" + i + "]", written.get(i), "weekday", "a weekday such as MONDAY",
                    text -> DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT)));
            if (day != null) {
                days.add(day);
            }
        }
        check(!days.isEmpty() || written.size() > days.size(), field, "some-working-weekday",
                "at least one weekday must be a working day");
        return days;
    }

    private Set<LocalDate> dates(String field, List<String> written) {
        if (written == null) {
            return null;
        }
        if (written.size() > MAX_DATES) {
            check(false, field, "at-most-dates", "at most " + MAX_DATES + " dates");
            return null;
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            LocalDate date = required(field + "[" + i + "]", written.get(i), "date", "a date such as 2026-10-01",
                    LocalDate::parse);
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    private void notBoth(String field, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        if (holidays != null && makeUpDays != null) {
            check(holidays.stream().noneMatch(makeUpDays::contains), field + ".makeUpDays",
                    "not-a-holiday", "a date cannot be both a holiday and a make-up working day");
        }
    }

    private <T> T required(String field, String text, String rule, String accepted, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            check(false, field, "required", "is required: " + accepted);
            return null;
        }
        return optional(field, text, rule, accepted, parse);
    }

    private <T> T optional(String field, String text, String rule, String accepted, Function<String, T> parse) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException e) {
            check(false, field, rule, "must be " + accepted);
            return null;
        }
    }

    private static boolean withinAYear(Allowance allowance) {
        return switch (allowance) {
            case Allowance.SameDay sameDay -> true;
            case Allowance.CalendarDays calendarDays -> calendarDays.days() <= MAX_DAYS;
            case Allowance.WorkingDays workingDays -> workingDays.days() <= MAX_DAYS;
            case Allowance.Elapsed elapsed -> elapsed.duration().compareTo(Duration.ofDays(MAX_DAYS)) <= 0;
        };
    }

    private static TimeLimit limitNamed(String name) {
        for (TimeLimit limit : TimeLimit.values()) {
            if (limit.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return limit;
            }
        }
        return null;
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    private void check(boolean holds, String field, String rule, String message) {
        if (!holds) {
            refused.add(new RuleViolation(field, rule, message));
        }
    }
}
