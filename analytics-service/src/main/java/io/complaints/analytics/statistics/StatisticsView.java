package io.complaints.analytics.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures of a unit (with every unit below it) over a month or a year, and when asked their
 * breakdown.
 *
 * @param by        the breakdown asked for ({@code category}, {@code level}, {@code channel},
 *                  {@code department}, {@code unit}: each unit directly below, the unit's own
 *                  complaints under its own code); absent when none was
 * @param breakdown one entry per group with at least one complaint, by key; the key null for
 *                  complaints not known in that respect yet (e.g. no department before triage)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatisticsView(String unit, String period, Figures figures, String by, List<Group> breakdown) {

    public record Group(String key, Figures figures) {
    }
}
