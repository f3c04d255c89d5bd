package io.complaints.analytics.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.Generations;

/**
 * Answers questions to the statistics from the live generation's buckets: a month is one, a year
 * twelve. What the statistics API answers, and what the reports print: the same figures by the
 * same code.
 */
@Component
public class StatisticsQueries {

    private final Buckets buckets;
    private final Supplier<Generation> live;
    private final int topCauses;
    private final CauseCatalogue catalogue;

    @Autowired
    StatisticsQueries(Buckets buckets, Generations generations, StatisticsProperties properties,
                      CauseCatalogue catalogue) {
        this(buckets, generations::live, properties.topCauses(), catalogue);
    }

    StatisticsQueries(Buckets buckets, Supplier<Generation> live, int topCauses) {
        this(buckets, live, topCauses, CauseCatalogue.NONE);
    }

    StatisticsQueries(Buckets buckets, Supplier<Generation> live, int topCauses, CauseCatalogue catalogue) {
        this.buckets = buckets;
        this.live = live;
        this.topCauses = topCauses;
        this.catalogue = catalogue;
    }

    /**
     * The figures of {@code unit} (and every unit below it) over {@code period} ({@code yyyy-MM} or
     * {@code yyyy}), broken down {@code by} one of {@link #breakdowns()} or not at all (null). A
     * malformed question is refused as the API refuses it; the caller checks the unit is the asker's to see.
     */
    public StatisticsView figures(String unit, String period, String by) {
        return figures(Selection.of(unit, period, by));
    }

    /** The Pareto of causes of {@code unit} over {@code period}, every cause, with their names. */
    public Pareto causes(String unit, String period) {
        return causes(Selection.of(unit, period, null));
    }

    /** The year-end summary of {@code unit} for {@code year} ({@code yyyy}). */
    public YearSummary summary(String unit, String year) {
        return summary(Selection.ofYear(unit, year));
    }

    /** The breakdowns that can be asked for, e.g. {@code category}, {@code unit}. */
    public static List<String> breakdowns() {
        return Breakdown.parameters();
    }

    StatisticsView figures(Selection selection) {
        Bucket sum = sum(selection.unit(), selection.period());
        Breakdown by = selection.by();
        return new StatisticsView(selection.unit(), selection.period().name(), Figures.of(sum.all()),
                by == null ? null : by.parameter(),
                by == null ? null : sum.groups(by).stream()
                        .map(group -> new StatisticsView.Group(group.key(), Figures.of(group.tally()))).toList());
    }

    Pareto causes(Selection selection) {
        return Pareto.of(selection.unit(), selection.period().name(), sum(selection.unit(), selection.period()),
                Integer.MAX_VALUE, catalogue);
    }

    YearSummary summary(Selection year) {
        String unit = year.unit();
        Map<String, Bucket> byMonth = buckets.find(unit, year.period().months(), live.get()).stream()
                .collect(Collectors.toMap(Bucket::month, Function.identity()));
        Bucket whole = sum(unit, year.period(), byMonth.values());
        List<YearSummary.Month> months = year.period().months().stream()
                .map(month -> new YearSummary.Month(month, Figures.of(
                        byMonth.containsKey(month) ? byMonth.get(month).all() : Tally.NONE)))
                .toList();
        return new YearSummary(unit, Integer.parseInt(year.period().name()), Figures.of(whole.all()), months,
                Pareto.of(unit, year.period().name(), whole, topCauses, catalogue));
    }

    private Bucket sum(String unit, Period period) {
        return sum(unit, period, buckets.find(unit, period.months(), live.get()));
    }

    /** The period's buckets added up; the basis is of no use to a sum. */
    private static Bucket sum(String unit, Period period, Collection<Bucket> months) {
        BucketBuilder sum = new BucketBuilder(unit);
        months.forEach(sum::add);
        return sum.build(period.name(), 0);
    }
}
