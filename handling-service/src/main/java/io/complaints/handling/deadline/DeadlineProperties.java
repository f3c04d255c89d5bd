package io.complaints.handling.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.complaints.events.TimeLimit;

/**
 * The time limits and the working calendar of the organisation, and what single units set differently.
 * For a unit, the nearest unit on its path (from HQ down) that sets a value wins, value by value: a unit
 * that sets only its holidays keeps the zone, hours and make-up days of the units above it. Limits not
 * configured anywhere are those of {@link #defaultOf(TimeLimit)}.
 *
 * @param zone            the time zone in which days and hours are read
 * @param workingHours    e.g. {@code "09:00-18:00"}
 * @param workingWeekdays the weekdays that are working days unless they are holidays
 * @param holidays        dates that are not working days
 * @param makeUpDays      dates that are working days although they fall outside the working weekdays (调休)
 * @param limits          per time limit, its allowance, e.g. {@code CONTACT: 1 working-day} (see {@link Allowance})
 * @param units           by unit code, what a unit sets differently from the units above it
 */
@ConfigurationProperties("complaints.deadlines")
public record DeadlineProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("09:00-18:00") WorkingHours workingHours,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingWeekdays,
        @DefaultValue Set<LocalDate> holidays,
        @DefaultValue Set<LocalDate> makeUpDays,
        @DefaultValue Map<TimeLimit, Allowance> limits,
        @DefaultValue Map<String, Unit> units) {

    private static final String PREFIX = "complaints.deadlines";

    public DeadlineProperties {
        workingWeekdays = Set.copyOf(workingWeekdays);
        holidays = Set.copyOf(holidays);
        makeUpDays = Set.copyOf(makeUpDays);
        limits = withDefaults(limits);
        units = units == null ? Map.of() : Map.copyOf(units);
        WorkingCalendar.requireSomeWorkingWeekday(PREFIX, workingWeekdays);
        WorkingCalendar.requireNoDateNamedTwice(PREFIX, holidays, makeUpDays);
        units.forEach((code, unit) -> unit.check(PREFIX + ".units." + code));
    }

    /** The standard allowance of a limit, as each {@link TimeLimit} describes it: what applies unless configured. */
    public static Allowance defaultOf(TimeLimit limit) {
        return switch (limit) {
            case TRIAGE -> new Allowance.SameDay();
            case CONTACT -> new Allowance.WorkingDays(1);
            case SETTLE -> new Allowance.CalendarDays(3);
            case EXPLAIN_INVALID -> new Allowance.CalendarDays(1);
            case HQ_FINDINGS -> new Allowance.CalendarDays(2);
            case APPROVAL -> new Allowance.WorkingDays(2);
            case CALLBACK -> new Allowance.CalendarDays(2);
        };
    }

    private static Map<TimeLimit, Allowance> withDefaults(Map<TimeLimit, Allowance> configured) {
        Map<TimeLimit, Allowance> limits = new EnumMap<>(TimeLimit.class);
        for (TimeLimit limit : TimeLimit.values()) {
            limits.put(limit, defaultOf(limit));
        }
        if (configured != null) {
            limits.putAll(configured);
        }
        return Map.copyOf(limits);
    }

    /**
     * What one unit sets differently from the units above it; each value left out is inherited.
     * The parameters mean what those of {@link DeadlineProperties} mean.
     */
    public record Unit(
            ZoneId zone,
            WorkingHours workingHours,
            Set<DayOfWeek> workingWeekdays,
            Set<LocalDate> holidays,
            Set<LocalDate> makeUpDays,
            @DefaultValue Map<TimeLimit, Allowance> limits) {

        public Unit {
            workingWeekdays = workingWeekdays == null ? null : Set.copyOf(workingWeekdays);
            holidays = holidays == null ? null : Set.copyOf(holidays);
            makeUpDays = makeUpDays == null ? null : Set.copyOf(makeUpDays);
            limits = limits == null ? Map.of() : Map.copyOf(limits);
        }

        private void check(String where) {
            if (workingWeekdays != null) {
                WorkingCalendar.requireSomeWorkingWeekday(where, workingWeekdays);
            }
            if (holidays != null && makeUpDays != null) {
                WorkingCalendar.requireNoDateNamedTwice(where, holidays, makeUpDays);
            }
        }
    }
}
