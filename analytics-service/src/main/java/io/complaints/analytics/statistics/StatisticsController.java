package io.complaints.analytics.statistics;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;

/**
 * The statistics (投诉管理月度统计分析) of a unit, every unit below it included, by month or year of
 * receipt: the figures and their breakdowns, the Pareto of causes, the year-end summary. Without a
 * unit, the asker's own; a unit outside the asker's subtree is refused (analysts see the statistics
 * of the units they are scoped to). A malformed question is answered with a problem naming each
 * field and rule.
 */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    private final StatisticsQueries queries;
    private final Visibility visibility;

    StatisticsController(StatisticsQueries queries, Visibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    /** e.g. {@code ?unit=SH&period=2026-11&by=category}; {@code period} a month or a year. */
    @GetMapping
    StatisticsView figures(@RequestParam(required = false) String unit,
                           @RequestParam(required = false) String period,
                           @RequestParam(required = false) String by, Actor asker) {
        return queries.figures(seen(Selection.of(unitOr(unit, asker), period, by), asker));
    }

    /** e.g. {@code /causes?unit=SH&period=2026}. */
    @GetMapping("/causes")
    Pareto causes(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                  Actor asker) {
        return queries.causes(seen(Selection.of(unitOr(unit, asker), period, null), asker));
    }

    /** e.g. {@code /summary/2026?unit=SH}. */
    @GetMapping("/summary/{year}")
    YearSummary summary(@PathVariable String year, @RequestParam(required = false) String unit, Actor asker) {
        return queries.summary(seen(Selection.ofYear(unitOr(unit, asker), year), asker));
    }

    private static String unitOr(String unit, Actor asker) {
        return unit == null ? asker.unit() : unit;
    }

    private Selection seen(Selection selection, Actor asker) {
        visibility.requireWithin(asker, selection.unit());
        return selection;
    }
}
