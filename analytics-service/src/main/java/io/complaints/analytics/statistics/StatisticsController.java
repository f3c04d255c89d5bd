package io.complaints.analytics.statistics;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics (投诉管理月度统计分析) of a unit, every unit below it included, by month or year of
 * receipt: the figures and their breakdowns, the Pareto of causes, the year-end summary. A malformed
 * question is answered with a problem naming each field and rule.
 */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    private final StatisticsQueries queries;

    StatisticsController(StatisticsQueries queries) {
        this.queries = queries;
    }

    /** e.g. {@code ?unit=SH&period=2026-11&by=category}; {@code period} a month or a year. */
    @GetMapping
    StatisticsView figures(@RequestParam(required = false) String unit,
                           @RequestParam(required = false) String period,
                           @RequestParam(required = false) String by) {
        return queries.figures(Selection.of(unit, period, by));
    }

    /** e.g. {@code /causes?unit=SH&period=2026}. */
    @GetMapping("/causes")
    Pareto causes(@RequestParam(required = false) String unit, @RequestParam(required = false) String period) {
        return queries.causes(Selection.of(unit, period, null));
    }

    /** e.g. {@code /summary/2026?unit=SH}. */
    @GetMapping("/summary/{year}")
    YearSummary summary(@PathVariable String year, @RequestParam(required = false) String unit) {
        return queries.summary(Selection.ofYear(unit, year));
    }
}
