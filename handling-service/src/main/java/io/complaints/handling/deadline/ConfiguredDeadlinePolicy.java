package io.complaints.handling.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.complaints.events.TimeLimit;

/**
 * Deadlines by the configured limits and working calendars ({@code complaints.deadlines}). For each
 * limit and each calendar value, the nearest unit on the path that sets it wins, else the organisation's
 * setting. Where a unit's holidays and an inherited make-up day (or the other way round) name the same
 * date, the nearer unit's setting decides that date.
 */
@Component
public class ConfiguredDeadlinePolicy implements DeadlinePolicy {

    private final DeadlineProperties properties;

    public ConfiguredDeadlinePolicy(DeadlineProperties properties) {
        this.properties = properties;
    }

    @Override
    public Instant due(TimeLimit limit, List<String> unitPath, Instant from) {
        return allowance(limit, unitPath).due(from, calendar(unitPath));
    }

    /** How much time {@code limit} allows in the unit at the end of {@code unitPath}. */
    public Allowance allowance(TimeLimit limit, List<String> unitPath) {
        return nearest(unitPath, unit -> unit.limits().get(limit), properties.limits().get(limit)).value();
    }

    /** The working calendar of the unit at the end of {@code unitPath}. */
    public WorkingCalendar calendar(List<String> unitPath) {
        var holidays = nearest(unitPath, DeadlineProperties.Unit::holidays, properties.holidays());
        var makeUpDays = nearest(unitPath, DeadlineProperties.Unit::makeUpDays, properties.makeUpDays());
        Set<LocalDate> offDays = new HashSet<>(holidays.value());
        Set<LocalDate> onDays = new HashSet<>(makeUpDays.value());
        if (holidays.depth() > makeUpDays.depth()) {
            onDays.removeAll(offDays);
        } else if (makeUpDays.depth() > holidays.depth()) {
            offDays.removeAll(onDays);
        }
        return new WorkingCalendar(
                nearest(unitPath, DeadlineProperties.Unit::zone, properties.zone()).value(),
                nearest(unitPath, DeadlineProperties.Unit::workingHours, properties.workingHours()).value(),
                nearest(unitPath, DeadlineProperties.Unit::workingWeekdays, properties.workingWeekdays()).value(),
                offDays, onDays);
    }

    /** The value set by the unit nearest the end of the path, with its depth; the organisation's is at depth -1. */
    private <T> Setting<T> nearest(List<String> unitPath, Function<DeadlineProperties.Unit, T> value, T organisations) {
        for (int depth = unitPath.size() - 1; depth >= 0; depth--) {
            DeadlineProperties.Unit unit = properties.units().get(unitPath.get(depth));
            if (unit != null && value.apply(unit) != null) {
                return new Setting<>(value.apply(unit), depth);
            }
        }
        return new Setting<>(organisations, -1);
    }

    private record Setting<T>(T value, int depth) {
    }
}
