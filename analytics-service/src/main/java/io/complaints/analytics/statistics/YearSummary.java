package io.complaints.analytics.statistics;

import java.util.List;

/**
 * A unit's year for the management review: the year's figures, each month's (the trend, all twelve,
 * months without complaints included) and the top causes.
 */
public record YearSummary(String unit, int year, Figures figures, List<Month> months, Pareto topCauses) {

    public record Month(String month, Figures figures) {
    }
}
