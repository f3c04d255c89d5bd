package io.complaints.handling.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.complaints.events.TimeLimit;

/**
 * Which limit and which calendar apply to a unit. The organisation keeps National Day 2026 as
 * {@link NationalDay2026} assumes it; Shanghai (SH) and its Pudong branch (SH-PD) set some limits of their
 * own; the European subsidiary (EU) works in Berlin with German holidays, and its Munich branch (EU-MUC)
 * sets only its holidays.
 */
class ConfiguredDeadlinePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ConfiguredDeadlinePolicy policy = DeadlineYaml.policy("""
            complaints:
              deadlines:
                holidays: [2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]
                make-up-days: [2026-09-27, 2026-10-10]
                units:
                  SH:
                    limits:
                      CONTACT: 2 working-days
                      APPROVAL: 3 working-days
                  SH-PD:
                    limits:
                      APPROVAL: 1 working-day
                  EU:
                    zone: Europe/Berlin
                    holidays: [2026-10-03, 2026-12-25]
                    make-up-days: []
                  EU-MUC:
                    holidays: [2026-10-03, 2026-11-01, 2026-12-25]
                  HK:
                    holidays: [2026-10-01, 2026-10-10]
            """);

    @Test
    void withoutSettingsOfItsOwnAUnitKeepsTheStandardLimits() {
        Instant wednesday10 = shanghai("2026-06-10T10:00");
        List<String> hq = List.of("HQ");
        assertThat(policy.due(TimeLimit.TRIAGE, hq, wednesday10)).isEqualTo(shanghai("2026-06-10T18:00"));
        assertThat(policy.due(TimeLimit.CONTACT, hq, wednesday10)).isEqualTo(shanghai("2026-06-11T10:00"));
        assertThat(policy.due(TimeLimit.SETTLE, hq, wednesday10)).isEqualTo(shanghai("2026-06-13T10:00"));
        assertThat(policy.due(TimeLimit.EXPLAIN_INVALID, hq, wednesday10)).isEqualTo(shanghai("2026-06-11T10:00"));
        assertThat(policy.due(TimeLimit.HQ_FINDINGS, hq, wednesday10)).isEqualTo(shanghai("2026-06-12T10:00"));
        assertThat(policy.due(TimeLimit.APPROVAL, hq, wednesday10)).isEqualTo(shanghai("2026-06-12T10:00"));
        assertThat(policy.due(TimeLimit.CALLBACK, hq, wednesday10)).isEqualTo(shanghai("2026-06-12T10:00"));
    }

    @Test
    void everyLimitHasAStandardAllowance() {
        for (TimeLimit limit : TimeLimit.values()) {
            assertThat(policy.allowance(limit, List.of())).as(limit.name())
                    .isEqualTo(DeadlineProperties.defaultOf(limit)).isNotNull();
        }
    }

    @Test
    void theNearestUnitThatSetsALimitWins() {
        List<String> pudong = List.of("HQ", "SH", "SH-PD");
        assertThat(policy.allowance(TimeLimit.APPROVAL, pudong)).hasToString("1 working-day");
        assertThat(policy.allowance(TimeLimit.CONTACT, pudong)).as("from SH").hasToString("2 working-days");
        assertThat(policy.allowance(TimeLimit.SETTLE, pudong)).as("standard").hasToString("3 calendar-days");
        assertThat(policy.allowance(TimeLimit.APPROVAL, List.of("HQ", "SH"))).hasToString("3 working-days");
        assertThat(policy.allowance(TimeLimit.APPROVAL, List.of("HQ"))).hasToString("2 working-days");

        assertThat(policy.due(TimeLimit.CONTACT, pudong, shanghai("2026-09-30T10:00")))
                .as("2 working days over National Day").isEqualTo(shanghai("2026-10-09T10:00"));
    }

    @Test
    void unitsWithoutSettingsOnThePathChangeNothing() {
        assertThat(policy.calendar(List.of("HQ", "SH", "SH-PD", "SH-PD-01"))).isEqualTo(policy.calendar(List.of()));
        assertThat(policy.allowance(TimeLimit.APPROVAL, List.of("HQ", "SH", "SH-PD", "SH-PD-01")))
                .hasToString("1 working-day");
    }

    @Test
    void aUnitInAnotherZoneCountsItsOwnDaysAndHours() {
        List<String> europe = List.of("HQ", "EU");
        WorkingCalendar calendar = policy.calendar(europe);
        assertThat(calendar.zone()).isEqualTo(BERLIN);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("no National Day in Berlin").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).as("no make-up Saturday").isFalse();

        Instant fridayMorningInBerlin = berlin("2026-03-27T10:00");
        assertThat(policy.due(TimeLimit.SETTLE, europe, fridayMorningInBerlin))
                .as("3 calendar days, over the change to summer time").isEqualTo(berlin("2026-03-30T10:00"))
                .isEqualTo("2026-03-30T08:00:00Z");
        assertThat(policy.due(TimeLimit.TRIAGE, europe, berlin("2026-10-02T17:00"))).isEqualTo(berlin("2026-10-02T18:00"));
        assertThat(policy.due(TimeLimit.TRIAGE, europe, berlin("2026-10-02T18:30")))
                .as("German Unity Day is a Saturday; Monday is a working day").isEqualTo(berlin("2026-10-05T18:00"));
    }

    @Test
    void aUnitSettingOnlyItsHolidaysKeepsTheRestFromAbove() {
        WorkingCalendar munich = policy.calendar(List.of("HQ", "EU", "EU-MUC"));
        assertThat(munich.zone()).as("from EU").isEqualTo(BERLIN);
        assertThat(munich.makeUpDays()).as("from EU").isEmpty();
        assertThat(munich.hours()).isEqualTo(WorkingHours.NINE_TO_SIX);
        assertThat(munich.workingWeekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(munich.isWorkingDay(LocalDate.parse("2026-11-02"))).isTrue();
        assertThat(munich.holidays()).contains(LocalDate.parse("2026-11-01"));
    }

    @Test
    void onADateNamedBothWaysTheNearerUnitDecides() {
        WorkingCalendar hongKong = policy.calendar(List.of("HQ", "HK"));
        assertThat(hongKong.zone()).isEqualTo(SHANGHAI);
        assertThat(hongKong.isWorkingDay(LocalDate.parse("2026-10-10")))
                .as("HK's holiday over the organisation's make-up Saturday").isFalse();
        assertThat(hongKong.isWorkingDay(LocalDate.parse("2026-09-27")))
                .as("the organisation's other make-up day still holds").isTrue();
        assertThat(hongKong.isWorkingDay(LocalDate.parse("2026-10-02"))).as("not a holiday in HK").isTrue();
    }

    private static Instant shanghai(String localTime) {
        return LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant();
    }

    private static Instant berlin(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BERLIN).toInstant();
    }
}
