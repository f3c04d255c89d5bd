package io.complaints.analytics.report;

import java.time.Instant;
import java.util.List;

import io.complaints.analytics.statistics.Figures;
import io.complaints.analytics.statistics.Pareto;
import io.complaints.analytics.statistics.StatisticsView;
import io.complaints.analytics.statistics.YearSummary;

/**
 * What the monthly report (投诉管理月度统计分析汇总表) or the year-end summary of a unit holds: the
 * figures the statistics API gives for the same unit and period, every breakdown of them, the
 * Pareto of causes with their names, and for a year its months.
 *
 * @param causes the Pareto of every cause of the month; of the year's top causes in a year-end summary
 * @param months a year's twelve months; empty in a monthly report
 */
record Report(Kind kind, String unit, String period, Instant generatedAt, Figures figures,
              List<Breakdown> breakdowns, Pareto causes, List<YearSummary.Month> months) {

    enum Kind {
        MONTHLY, YEARLY
    }

    /** The figures broken down by one thing ({@code unit}, {@code category}, …), one group per key. */
    record Breakdown(String by, List<StatisticsView.Group> groups) {
    }

    /** The breakdowns every report holds, in their order. */
    static final List<String> BREAKDOWNS = List.of("unit", "category", "level", "channel", "department");
}
