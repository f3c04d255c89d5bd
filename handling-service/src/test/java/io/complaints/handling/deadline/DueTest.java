package io.complaints.handling.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * When each kind of limit falls due. Shanghai: 09:00-18:00, Monday to Friday, National Day 2026 as
 * {@link NationalDay2026} assumes it. Berlin: the same hours and weekdays, clocks changing on
 * Sun 2026-03-29 (CET to CEST) and Sun 2026-10-25 (CEST to CET).
 */
class DueTest {

    private static final WorkingCalendar SHANGHAI = new WorkingCalendar(ZoneId.of("Asia/Shanghai"),
            WorkingHours.NINE_TO_SIX, WorkingCalendar.MONDAY_TO_FRIDAY, NationalDay2026.HOLIDAYS,
            NationalDay2026.MAKE_UP_DAYS);
    private static final WorkingCalendar BERLIN = new WorkingCalendar(ZoneId.of("Europe/Berlin"),
            WorkingHours.NINE_TO_SIX, WorkingCalendar.MONDAY_TO_FRIDAY, Set.of(), Set.of());

    @Nested
    class SameDay {

        private final Allowance sameDay = Allowance.valueOf("same-day");

        @Test
        void startedInWorkingHoursIsDueAtTheEndOfThatDay() {
            assertThat(due(sameDay, "2026-06-10T10:00")).isEqualTo("2026-06-10T18:00");
        }

        @Test
        void startedBeforeWorkingHoursIsDueAtTheEndOfThatDay() {
            assertThat(due(sameDay, "2026-06-10T07:30")).isEqualTo("2026-06-10T18:00");
        }

        @Test
        void startedAfterWorkingHoursIsDueAtTheEndOfTheNextWorkingDay() {
            assertThat(due(sameDay, "2026-06-10T18:00")).as("Wednesday, as work ends").isEqualTo("2026-06-11T18:00");
            assertThat(due(sameDay, "2026-06-12T19:00")).as("Friday evening").isEqualTo("2026-06-15T18:00");
            assertThat(due(sameDay, "2026-09-30T20:00")).as("eve of National Day").isEqualTo("2026-10-08T18:00");
        }

        @Test
        void startedOnADayOffIsDueAtTheEndOfTheNextWorkingDay() {
            assertThat(due(sameDay, "2026-10-03T10:00")).as("National Day holiday").isEqualTo("2026-10-08T18:00");
            assertThat(due(sameDay, "2026-09-26T10:00")).as("Saturday before a make-up Sunday")
                    .isEqualTo("2026-09-27T18:00");
        }
    }

    @Nested
    class CalendarDays {

        @Test
        void fallDueAtTheSameLocalTimeWorkingDayOrNot() {
            assertThat(due(Allowance.valueOf("3 calendar-days"), "2026-06-12T16:20")).isEqualTo("2026-06-15T16:20");
            assertThat(due(Allowance.valueOf("1 calendar-day"), "2026-09-30T20:00")).isEqualTo("2026-10-01T20:00");
        }

        @Test
        void keepTheLocalTimeWhenTheClocksGoForward() {
            Instant from = Instant.parse("2026-03-27T09:00:00Z"); // Friday 10:00 CET
            Instant due = Allowance.valueOf("3 calendar-days").due(from, BERLIN);
            assertThat(due).isEqualTo("2026-03-30T08:00:00Z"); // Monday 10:00 CEST
            assertThat(Duration.between(from, due)).isEqualTo(Duration.ofHours(71));
        }

        @Test
        void keepTheLocalTimeWhenTheClocksGoBack() {
            Instant from = Instant.parse("2026-10-23T08:00:00Z"); // Friday 10:00 CEST
            Instant due = Allowance.valueOf("3 calendar-days").due(from, BERLIN);
            assertThat(due).isEqualTo("2026-10-26T09:00:00Z"); // Monday 10:00 CET
            assertThat(Duration.between(from, due)).isEqualTo(Duration.ofHours(73));
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void countOnlyWorkingDaysAtTheSameTimeOfDay() {
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-06-10T10:00")).isEqualTo("2026-06-11T10:00");
            assertThat(due(Allowance.valueOf("2 working-days"), "2026-06-10T17:59")).isEqualTo("2026-06-12T17:59");
        }

        @Test
        void skipTheWeekend() {
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-06-12T15:00")).isEqualTo("2026-06-15T15:00");
            assertThat(due(Allowance.valueOf("2 working-days"), "2026-06-12T15:00")).isEqualTo("2026-06-16T15:00");
        }

        @Test
        void skipPublicHolidaysAndCountMakeUpDays() {
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-09-30T10:00")).as("over National Day")
                    .isEqualTo("2026-10-08T10:00");
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-10-09T10:00")).as("onto a make-up Saturday")
                    .isEqualTo("2026-10-10T10:00");
            assertThat(due(Allowance.valueOf("2 working-days"), "2026-09-25T11:00")).as("over a make-up Sunday")
                    .isEqualTo("2026-09-28T11:00");
        }

        @Test
        void startedOutsideWorkingHoursCountFromTheNextStartOfWork() {
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-06-10T07:00")).as("before work")
                    .isEqualTo("2026-06-11T09:00");
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-06-10T19:30")).as("after work")
                    .isEqualTo("2026-06-12T09:00");
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-06-12T18:00")).as("Friday as work ends")
                    .isEqualTo("2026-06-16T09:00");
        }

        @Test
        void startedOnAHolidayCountFromTheNextStartOfWork() {
            assertThat(due(Allowance.valueOf("1 working-day"), "2026-10-03T10:00")).isEqualTo("2026-10-09T09:00");
        }

        @Test
        void fallDueInWorkingTimeWhenEverTheyStart() {
            for (LocalDateTime from = LocalDateTime.parse("2026-09-24T00:00");
                 from.isBefore(LocalDateTime.parse("2026-10-12T00:00")); from = from.plusMinutes(17)) {
                for (int days = 1; days <= 3; days++) {
                    LocalDateTime due = due(new Allowance.WorkingDays(days), from.toString());
                    assertThat(SHANGHAI.isWorkingTime(due)).as("%d working days from %s: %s", days, from, due).isTrue();
                    assertThat(due).isAfter(from);
                }
            }
        }

        @Test
        void keepTheTimeOfDayAcrossAChangeOfClocks() {
            Instant from = Instant.parse("2026-03-27T09:00:00Z"); // Friday 10:00 CET
            assertThat(Allowance.valueOf("1 working-day").due(from, BERLIN))
                    .isEqualTo("2026-03-30T08:00:00Z"); // Monday 10:00 CEST
        }
    }

    @Nested
    class Elapsed {

        @Test
        void runsAroundTheClockRegardlessOfTheCalendar() {
            assertThat(due(Allowance.valueOf("PT30M"), "2026-06-10T17:50")).isEqualTo("2026-06-10T18:20");
            assertThat(due(Allowance.valueOf("PT30M"), "2026-10-03T23:45")).isEqualTo("2026-10-04T00:15");
        }
    }

    @Nested
    class Zones {

        @Test
        void theSameInstantIsReadInTheCalendarsZone() {
            Instant from = Instant.parse("2026-06-10T10:30:00Z"); // Shanghai 18:30, Berlin 12:30
            Allowance sameDay = Allowance.valueOf("same-day");
            assertThat(sameDay.due(from, SHANGHAI)).isEqualTo("2026-06-11T10:00:00Z"); // Thursday 18:00 in Shanghai
            assertThat(sameDay.due(from, BERLIN)).isEqualTo("2026-06-10T16:00:00Z"); // Wednesday 18:00 in Berlin
        }
    }

    /** When a limit started at a local time in Shanghai falls due, as a local time in Shanghai. */
    private static LocalDateTime due(Allowance allowance, String shanghaiTime) {
        Instant from = LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI.zone()).toInstant();
        return LocalDateTime.ofInstant(allowance.due(from, SHANGHAI), SHANGHAI.zone());
    }
}
