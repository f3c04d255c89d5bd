package io.complaints.handling.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a unit works: its time zone, its working hours, its working weekdays, the public holidays on
 * which it does not work and the make-up days (调休) — usually weekend dates — on which it does.
 * All dates and times are read in the calendar's own zone.
 */
public record WorkingCalendar(
        ZoneId zone,
        WorkingHours hours,
        Set<DayOfWeek> workingWeekdays,
        Set<LocalDate> holidays,
        Set<LocalDate> makeUpDays) {

    /** Monday to Friday. */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY =
            Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** Asia/Shanghai, 09:00-18:00, Monday to Friday, no holidays. */
    public static final WorkingCalendar DEFAULT = new WorkingCalendar(
            ZoneId.of("Asia/Shanghai"), WorkingHours.NINE_TO_SIX, MONDAY_TO_FRIDAY, Set.of(), Set.of());

    public WorkingCalendar {
        if (zone == null || hours == null) {
            throw new IllegalArgumentException("a working calendar needs a time zone and working hours");
        }
        workingWeekdays = Set.copyOf(workingWeekdays);
        holidays = Set.copyOf(holidays);
        makeUpDays = Set.copyOf(makeUpDays);
        requireSomeWorkingWeekday("a working calendar", workingWeekdays);
        requireNoDateNamedTwice("a working calendar", holidays, makeUpDays);
    }

    /** A make-up day is a working day; otherwise a working weekday that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return makeUpDays.contains(date)
                || (workingWeekdays.contains(date.getDayOfWeek()) && !holidays.contains(date));
    }

    /** Whether a local date and time falls on a working day, within working hours. */
    public boolean isWorkingTime(LocalDateTime time) {
        return isWorkingDay(time.toLocalDate()) && hours.contains(time.toLocalTime());
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The end of the working day on which {@code from} falls; if {@code from} is after working hours or
     * not on a working day, the end of the next working day.
     */
    public Instant endOfWorkingDay(Instant from) {
        LocalDate day = firstWorkingMoment(from).toLocalDate();
        return day.atTime(hours.end()).atZone(zone).toInstant();
    }

    /** The same local time {@code days} dates later; across a change of clocks the local time is kept. */
    public Instant plusCalendarDays(Instant from, int days) {
        return from.atZone(zone).plusDays(days).toInstant();
    }

    /**
     * {@code days} working days later at the same time of the working day. Time outside working hours
     * does not count: from there the count starts at the beginning of the next working hours.
     */
    public Instant plusWorkingDays(Instant from, int days) {
        LocalDateTime start = firstWorkingMoment(from);
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(start.toLocalTime()).atZone(zone).toInstant();
    }

    /** {@code from} itself if it is working time, else the start of the next working hours. */
    private LocalDateTime firstWorkingMoment(Instant from) {
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        if (isWorkingTime(local)) {
            return local;
        }
        LocalDate day = local.toLocalDate();
        boolean beforeHoursOfAWorkingDay = isWorkingDay(day) && local.toLocalTime().isBefore(hours.start());
        return (beforeHoursOfAWorkingDay ? day : nextWorkingDay(day)).atTime(hours.start());
    }

    static void requireSomeWorkingWeekday(String where, Set<DayOfWeek> workingWeekdays) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException(where + " needs at least one working weekday");
        }
    }

    static void requireNoDateNamedTwice(String where, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        Set<LocalDate> both = new TreeSet<>(holidays);
        both.retainAll(makeUpDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(where + " names " + both + " both as holidays and as make-up days");
        }
    }
}
