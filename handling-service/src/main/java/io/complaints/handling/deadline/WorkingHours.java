package io.complaints.handling.deadline;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The hours of a working day, from {@code start} (a working moment) up to {@code end} (no longer one),
 * written {@code 09:00-18:00}. A working day ends on the day it starts.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

    /** 09:00 to 18:00. */
    public static final WorkingHours NINE_TO_SIX = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

    public WorkingHours {
        if (start == null || end == null) {
            throw new IllegalArgumentException("working hours need a start and an end, e.g. 09:00-18:00");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours must end after they start: " + start + "-" + end);
        }
    }

    /** Reads working hours written as {@code 09:00-18:00}. */
    public static WorkingHours valueOf(String notation) {
        String[] times = notation == null ? new String[0] : notation.strip().split("\\s*-\\s*");
        if (times.length != 2) {
            throw new IllegalArgumentException("working hours are written like 09:00-18:00, not '" + notation + "'");
        }
        try {
            return new WorkingHours(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working hours are written like 09:00-18:00, not '" + notation + "'", e);
        }
    }

    /** Whether a time of day lies within these hours. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
