package io.complaints.handling.deadline;

import io.complaints.events.TimeLimit;

import java.time.Instant;
import java.util.List;

/** When a time limit that starts at a given instant falls due, by the calendar of the unit concerned. */
public interface DeadlinePolicy {

    /**
     * @param limit    which time limit
     * @param unitPath the unit whose limits and calendar apply, from HQ down (e.g. [HQ, SH, SH-PD]);
     *                 the most specific unit with a setting wins
     * @param from     when the limit starts to run
     */
    Instant due(TimeLimit limit, List<String> unitPath, Instant from);
}
