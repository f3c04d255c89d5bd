package io.complaints.handling.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working days and hours in Shanghai around National Day 2026 (as {@link NationalDay2026} assumes it). */
class WorkingCalendarTest {

    private static final WorkingCalendar SHANGHAI = new WorkingCalendar(ZoneId.of("Asia/Shanghai"),
            WorkingHours.NINE_TO_SIX, WorkingCalendar.MONDAY_TO_FRIDAY, NationalDay2026.HOLIDAYS,
            NationalDay2026.MAKE_UP_DAYS);

    @Test
    void aWeekdayIsAWorkingDayAndAWeekendDayIsNot() {
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-06-10"))).as("Wednesday").isTrue();
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-06-13"))).as("Saturday").isFalse();
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-06-14"))).as("Sunday").isFalse();
    }

    @Test
    void aHolidayIsNoWorkingDayAndAMakeUpDayIs() {
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-10-01"))).as("Thursday, National Day").isFalse();
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-10-07"))).as("Wednesday, National Day").isFalse();
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-09-27"))).as("Sunday, make-up day").isTrue();
        assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-10-10"))).as("Saturday, make-up day").isTrue();
        assertThat(SHANGHAI.nextWorkingDay(LocalDate.parse("2026-09-30"))).isEqualTo("2026-10-08");
    }

    @Test
    void workingTimeIsWithinWorkingHoursOfAWorkingDay() {
        assertThat(SHANGHAI.isWorkingTime(LocalDateTime.parse("2026-06-10T09:00"))).isTrue();
        assertThat(SHANGHAI.isWorkingTime(LocalDateTime.parse("2026-06-10T17:59:59"))).isTrue();
        assertThat(SHANGHAI.isWorkingTime(LocalDateTime.parse("2026-06-10T18:00"))).isFalse();
        assertThat(SHANGHAI.isWorkingTime(LocalDateTime.parse("2026-06-10T08:59"))).isFalse();
        assertThat(SHANGHAI.isWorkingTime(LocalDateTime.parse("2026-10-02T10:00"))).isFalse();
    }

    @Test
    void refusesADateThatIsBothHolidayAndMakeUpDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(ZoneId.of("Asia/Shanghai"),
                        WorkingHours.NINE_TO_SIX, WorkingCalendar.MONDAY_TO_FRIDAY,
                        Set.of(LocalDate.parse("2026-10-10"), LocalDate.parse("2026-10-01")),
                        Set.of(LocalDate.parse("2026-10-10"))))
                .withMessage("a working calendar names [2026-10-10] both as holidays and as make-up days");
    }

    @Test
    void refusesACalendarWithoutWorkingWeekdays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(ZoneId.of("Asia/Shanghai"),
                        WorkingHours.NINE_TO_SIX, Set.<DayOfWeek>of(), Set.of(), Set.of()))
                .withMessage("a working calendar needs at least one working weekday");
    }

    @Test
    void readsWorkingHours() {
        assertThat(WorkingHours.valueOf("08:30-17:00"))
                .isEqualTo(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 0)))
                .hasToString("08:30-17:00");
        assertThat(WorkingHours.valueOf(" 09:00 - 18:00 ")).isEqualTo(WorkingHours.NINE_TO_SIX);
    }

    @Test
    void refusesWorkingHoursThatEndBeforeTheyStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.valueOf("18:00-09:00"))
                .withMessage("working hours must end after they start: 18:00-09:00");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.valueOf("09:00-09:00"))
                .withMessage("working hours must end after they start: 09:00-09:00");
    }

    @Test
    void refusesWorkingHoursItCannotRead() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.valueOf("9 to 6"))
                .withMessage("working hours are written like 09:00-18:00, not '9 to 6'");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.valueOf("9:00-18:00"))
                .withMessage("working hours are written like 09:00-18:00, not '9:00-18:00'");
    }
}
