package io.complaints.handling.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.complaints.events.TimeLimit;

/** {@code complaints.deadlines} as the service reads it at start-up, and what it refuses to start with. */
class DeadlineConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DeadlineConfiguration.class, ConfiguredDeadlinePolicy.class);

    @Test
    void startsWithoutAnySettings() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(DeadlinePolicy.class);
            DeadlineProperties properties = context.getBean(DeadlineProperties.class);
            assertThat(properties.zone()).hasToString("Asia/Shanghai");
            assertThat(properties.workingHours()).hasToString("09:00-18:00");
            assertThat(properties.workingWeekdays()).hasSize(5);
            assertThat(properties.limits()).hasSize(TimeLimit.values().length)
                    .containsEntry(TimeLimit.CONTACT, new Allowance.WorkingDays(1));
        });
    }

    @Test
    void readsTheSettingsOfApplicationYml() {
        withYaml("""
                complaints:
                  deadlines:
                    zone: Asia/Shanghai
                    working-hours: "08:30-17:30"
                    working-weekdays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
                    holidays: [2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]
                    make-up-days: [2026-09-27, 2026-10-10]
                    limits:
                      TRIAGE: same-day
                      CONTACT: 1 working-day
                      SETTLE: 3 calendar-days
                    units:
                      SH-PD:
                        working-hours: "09:00-18:00"
                        limits:
                          CONTACT: 2 working-days
                      EU:
                        zone: Europe/Berlin
                        holidays: [2026-10-03]
                        make-up-days: []
                """).run(context -> {
            assertThat(context).hasNotFailed();
            DeadlineProperties properties = context.getBean(DeadlineProperties.class);
            assertThat(properties.units()).containsOnlyKeys("SH-PD", "EU");
            assertThat(properties.units().get("EU").makeUpDays()).as("[] overrides with nothing").isEmpty();
            assertThat(properties.makeUpDays()).hasSize(2);

            DeadlinePolicy policy = context.getBean(DeadlinePolicy.class);
            assertThat(policy.due(TimeLimit.CONTACT, List.of("HQ"), Instant.parse("2026-09-30T00:30:00Z")))
                    .as("Wednesday 08:30 in Shanghai, over National Day").isEqualTo("2026-10-08T00:30:00Z");
            assertThat(policy.due(TimeLimit.CONTACT, List.of("HQ", "SH", "SH-PD"), Instant.parse("2026-09-30T00:30:00Z")))
                    .as("from 09:00, 2 working days").isEqualTo("2026-10-09T01:00:00Z");
            assertThat(policy.due(TimeLimit.TRIAGE, List.of("HQ", "EU"), Instant.parse("2026-10-01T08:00:00Z")))
                    .as("Thursday 10:00 in Berlin, working until 17:30 as the organisation does")
                    .isEqualTo("2026-10-01T15:30:00Z");
        });
    }

    @Test
    void refusesALimitItCannotRead() {
        withYaml("""
                complaints:
                  deadlines:
                    units:
                      SH:
                        limits:
                          CONTACT: 2 weeks
                """).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("Failed to bind properties under 'complaints.deadlines.units.sh.limits.contact'")
                .rootCause().hasMessage("'2 weeks' is not a time limit; write same-day, <n> calendar-days, "
                        + "<n> working-days or an ISO-8601 duration such as PT30M"));
    }

    @Test
    void refusesWorkingHoursThatEndBeforeTheyStart() {
        withYaml("""
                complaints:
                  deadlines:
                    working-hours: "18:00-09:00"
                """).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("Failed to bind properties under 'complaints.deadlines.working-hours'")
                .rootCause().hasMessage("working hours must end after they start: 18:00-09:00"));
    }

    @Test
    void refusesADateThatIsBothHolidayAndMakeUpDay() {
        withYaml("""
                complaints:
                  deadlines:
                    units:
                      SH:
                        holidays: [2026-10-01, 2026-10-10]
                        make-up-days: [2026-10-10]
                """).run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessage("complaints.deadlines.units.SH names [2026-10-10] both as holidays and as make-up days"));
        withYaml("""
                complaints:
                  deadlines:
                    holidays: [2026-10-01]
                    make-up-days: [2026-10-01]
                """).run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessage("complaints.deadlines names [2026-10-01] both as holidays and as make-up days"));
    }

    @Test
    void refusesAUnitWithoutWorkingWeekdays() {
        withYaml("""
                complaints:
                  deadlines:
                    units:
                      SH:
                        working-weekdays: []
                """).run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessage("complaints.deadlines.units.SH needs at least one working weekday"));
    }

    @Test
    void refusesAnUnknownZone() {
        withYaml("""
                complaints:
                  deadlines:
                    zone: Asia/Shanghia
                """).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("Failed to bind properties under 'complaints.deadlines.zone'")
                .rootCause().hasMessageContaining("Asia/Shanghia"));
    }

    private ApplicationContextRunner withYaml(String yaml) {
        return runner.withInitializer(context -> DeadlineYaml.read(yaml)
                .forEach(source -> context.getEnvironment().getPropertySources().addFirst(source)));
    }
}
