package io.complaints.handling.whatif;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.complaints.events.TimeLimit;
import io.complaints.handling.deadline.Allowance;
import io.complaints.handling.deadline.DeadlineProperties;

/**
 * Time limits and working calendars as {@code complaints.deadlines} configures them, written as JSON: the
 * live configuration as {@code GET /api/what-if/configuration} answers it, and a candidate to replay. Each
 * value is written as in the configuration file ({@code "1 working-day"}, {@code "09:00-18:00"},
 * {@code "2026-10-01"}); {@link CandidateReader} reads it, naming each field it refuses.
 *
 * @param limits by time limit ({@code TRIAGE}, {@code CONTACT}, …), its allowance; every limit is named
 * @param units  by unit code, what a unit sets differently from the units above it
 */
public record CandidateConfiguration(
        String zone,
        String workingHours,
        List<String> workingWeekdays,
        List<String> holidays,
        List<String> makeUpDays,
        Map<String, String> limits,
        Map<String, UnitSettings> units) {

    /** What one unit sets differently; each value left out is inherited. */
    public record UnitSettings(
            String zone,
            String workingHours,
            List<String> workingWeekdays,
            List<String> holidays,
            List<String> makeUpDays,
            Map<String, String> limits) {

        static UnitSettings of(DeadlineProperties.Unit unit) {
            return new UnitSettings(text(unit.zone()), text(unit.workingHours()), weekdays(unit.workingWeekdays()),
                    dates(unit.holidays()), dates(unit.makeUpDays()), writtenLimits(unit.limits()));
        }
    }

    /** The configuration as it is, written the way a candidate is. */
    public static CandidateConfiguration of(DeadlineProperties live) {
        Map<String, UnitSettings> units = new TreeMap<>();
        live.units().forEach((code, unit) -> units.put(code, UnitSettings.of(unit)));
        return new CandidateConfiguration(text(live.zone()), text(live.workingHours()),
                weekdays(live.workingWeekdays()), dates(live.holidays()), dates(live.makeUpDays()),
                writtenLimits(live.limits()), units);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> weekdays(Collection<DayOfWeek> days) {
        return days == null ? null : days.stream().sorted().map(DayOfWeek::name).toList();
    }

    private static List<String> dates(Collection<LocalDate> dates) {
        return dates == null ? null : dates.stream().sorted().map(LocalDate::toString).toList();
    }

    /** In the order of {@link TimeLimit}. */
    private static Map<String, String> writtenLimits(Map<TimeLimit, Allowance> limits) {
        Map<String, String> written = new LinkedHashMap<>();
        for (TimeLimit limit : TimeLimit.values()) {
            if (limits.containsKey(limit)) {
                written.put(limit.name(), limits.get(limit).toString());
            }
        }
        return written;
    }
}
