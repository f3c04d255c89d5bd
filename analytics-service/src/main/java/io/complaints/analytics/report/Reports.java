package io.complaints.analytics.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import io.complaints.analytics.statistics.StatisticsQueries;
import io.complaints.analytics.statistics.StatisticsView;
import io.complaints.analytics.statistics.YearSummary;

/**
 * Puts a report together from the statistics, asked exactly as the statistics API asks them, so
 * that a report and the API never differ.
 */
@Component
class Reports {

    private final StatisticsQueries statistics;
    private final Clock clock;

    Reports(StatisticsQueries statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The month's ({@code yyyy-MM}) report of the unit and every unit below it. */
    Report monthly(String unit, String month) {
        StatisticsView whole = statistics.figures(unit, month, null);
        return new Report(Report.Kind.MONTHLY, unit, month, clock.instant(), whole.figures(),
                breakdowns(unit, month), statistics.causes(unit, month), List.of());
    }

    /** The year's ({@code yyyy}) summary: the year's figures and breakdowns, its months, its top causes. */
    Report yearly(String unit, String year) {
        YearSummary summary = statistics.summary(unit, year);
        return new Report(Report.Kind.YEARLY, unit, year, clock.instant(), summary.figures(), breakdowns(unit, year),
                summary.topCauses(), summary.months());
    }

    private List<Report.Breakdown> breakdowns(String unit, String period) {
        return Report.BREAKDOWNS.stream()
                .map(by -> new Report.Breakdown(by, statistics.figures(unit, period, by).breakdown()))
                .toList();
    }
}
