package io.complaints.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.complaints.analytics.readmodel.Generation;

/**
 * Every figure of {@link HandMadeComplaints}, computed by hand in the comments, as the statistics
 * answer it after the events went through the ledger and the recompute. Rates are to four decimals,
 * mean times in hours to two; the p90 is the bin of rank ⌈0.9·n⌉ (hours up to 72, whole days beyond).
 */
class StatisticsFiguresTest {

    private static final Generation LIVE = new Generation(1);
    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class).build();

    private static StatisticsFixture fixture;
    private static StatisticsQueries statistics;

    @BeforeAll
    static void deliverAndRecompute() {
        fixture = new StatisticsFixture();
        for (ComplaintHistory complaint : HandMadeComplaints.all()) {
            fixture.deliver(complaint.events(), LIVE);
            fixture.recompute(LIVE);
        }
        statistics = fixture.queries(LIVE);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void headquartersInNovemberCountsEveryUnitBelowIt() {
        // c1..c8. total 8 = 7 valid + 1 invalid (c3); withdrawn c5, c8.
        // on time: c1, c3, c6, c7 of c1, c2, c3, c4, c6, c7 + c8 (withdrawn late) = 4/7 = 0.5714
        // resolved: c1, c2, c6, c7 of the 6 not withdrawn = 4/6 = 0.6667
        // callbacks: c1 S, c2 D + F, c6 N, c7 S: 3/5 = 0.6
        // escalations: c2 2 + c4 1 + c6 1 + c8 1 = 5; reopened c2; repeats c4, c8
        // closed (withdrawn aside): c1 19.5 h, c2 100 h, c3 9.25 h, c6 48 h, c7 29.1 h: mean 205.85 / 5 = 41.17;
        // bins 10, 20, 30, 48, 120 (100 h = 4.17 days → 5 days); rank ⌈4.5⌉ = 5 → 120
        assertFigures("HQ", "2026-11", figures(8, 7, 1, 2, rate("0.5714", 4, 7), rate("0.6667", 4, 6),
                rate("0.6", 3, 5), 5, 1, 2, closing(5, "41.17", 120L)));
    }

    @Test
    void aSubsidiaryCountsItsOwnAndItsBranchesComplaints() {
        // SH: c1..c6, c8 (not Beijing's c7). total 7 = 6 + 1; withdrawn c5, c8.
        // on time: c1, c3, c6 of c1, c2, c3, c4, c6 + c8 = 3/6; resolved c1, c2, c6 of 5 = 0.6
        // callbacks c1 S, c2 D + F, c6 N: 2/4; escalations 2 + 1 + 1 + 1 = 5; reopened 1; repeats 2
        // closed: 19.5 + 100 + 9.25 + 48 = 176.75 / 4 = 44.1875 → 44.19; bins 10, 20, 48, 120; rank 4 → 120
        assertFigures("SH", "2026-11", figures(7, 6, 1, 2, rate("0.5", 3, 6), rate("0.6", 3, 5),
                rate("0.5", 2, 4), 5, 1, 2, closing(4, "44.19", 120L)));
    }

    @Test
    void aBranchCountsItsOwnComplaints() {
        // SH-PD: c1, c2, c3, c8. total 4 = 3 + 1; withdrawn c8 (late: stays in the on-time rate)
        // on time c1, c3 of c1, c2, c3, c8 = 2/4; resolved c1, c2 of c1, c2, c3 = 2/3
        // callbacks S, D, F: 2/3; escalations c2 2 + c8 1 = 3; reopened c2; repeats c8
        // closed: 19.5 + 100 + 9.25 = 128.75 / 3 = 42.9167 → 42.92; bins 10, 20, 120; rank ⌈2.7⌉ = 3 → 120
        assertFigures("SH-PD", "2026-11", figures(4, 3, 1, 1, rate("0.5", 2, 4), rate("0.6667", 2, 3),
                rate("0.6667", 2, 3), 3, 1, 1, closing(3, "42.92", 120L)));
        // SH-MH: c4 (open, late, repeat), c5 (withdrawn in time: out of both rates). No callback: no rate.
        assertFigures("SH-MH", "2026-11", figures(2, 2, 0, 1, rate("0", 0, 1), rate("0", 0, 1), rate(null, 0, 0),
                1, 0, 1, closing(0, null, null)));
        // BJ: c7 alone. 29.1 h → bin 30
        assertFigures("BJ", "2026-11", figures(1, 1, 0, 0, rate("1", 1, 1), rate("1", 1, 1), rate("1", 1, 1),
                0, 0, 0, closing(1, "29.10", 30L)));
    }

    @Test
    void theSecondMonthAndAUnitWithoutComplaints() {
        // December: d1 (received 30 November 17:30 UTC = 1 December in Shanghai), d2 (open).
        // on time d1 1/2; resolved d1 1/2; callbacks d1 S 1/1; closed d1 5 h → bin 5
        assertFigures("HQ", "2026-12", figures(2, 2, 0, 0, rate("0.5", 1, 2), rate("0.5", 1, 2), rate("1", 1, 1),
                0, 0, 0, closing(1, "5.00", 5L)));
        assertFigures("SH-PD", "2026-12", figures(1, 1, 0, 0, rate("1", 1, 1), rate("1", 1, 1), rate("1", 1, 1),
                0, 0, 0, closing(1, "5.00", 5L)));
        assertFigures("BJ", "2026-12", figures(0, 0, 0, 0, rate(null, 0, 0), rate(null, 0, 0), rate(null, 0, 0),
                0, 0, 0, closing(0, null, null)));
        // e1 (31 December 2025 23:50 in Shanghai) is December 2025's
        assertThat(statistics.figures(Selection.of("HQ", "2025-12", null)).figures().total()).isEqualTo(1);
    }

    @Test
    void aYearIsTheSumOfItsMonths() {
        // 2026 at HQ: November + December (e1 is 2025's). total 10 = 9 + 1; withdrawn 2
        // on time 4/7 + 1/2 = 5/9 = 0.5556; resolved 4/6 + 1/2 = 5/8 = 0.625; callbacks 3/5 + 1/1 = 4/6 = 0.6667
        // closed 205.85 + 5 = 210.85 / 6 = 35.1417 → 35.14; bins 5, 10, 20, 30, 48, 120; rank ⌈5.4⌉ = 6 → 120
        assertFigures("HQ", "2026", figures(10, 9, 1, 2, rate("0.5556", 5, 9), rate("0.625", 5, 8),
                rate("0.6667", 4, 6), 5, 1, 2, closing(6, "35.14", 120L)));
    }

    @Test
    void byCategoryEachGroupHasItsOwnFigures() {
        StatisticsView view = statistics.figures(Selection.of("SH", "2026-11", "category"));

        assertThat(view.by()).isEqualTo("category");
        assertThat(view.breakdown()).extracting(StatisticsView.Group::key)
                .containsExactly("BILLING", "CONTRACT", "DELIVERY", "SAFETY", "SERVICE_QUALITY");
        // BILLING c1, c3, c4: on time c1, c3 of 3; resolved c1 of 3; callback c1 S; c4 escalated, a repeat;
        // closed 19.5 + 9.25 = 28.75 / 2 = 14.375 → 14.38; bins 10, 20; rank ⌈1.8⌉ = 2 → 20
        assertGroup(view, "BILLING", figures(3, 2, 1, 0, rate("0.6667", 2, 3), rate("0.3333", 1, 3),
                rate("1", 1, 1), 1, 0, 1, closing(2, "14.38", 20L)));
        // CONTRACT c8: withdrawn late: 0/1 on time, out of the resolution rate
        assertGroup(view, "CONTRACT", figures(1, 1, 0, 1, rate("0", 0, 1), rate(null, 0, 0), rate(null, 0, 0),
                1, 0, 1, closing(0, null, null)));
        // DELIVERY c5: withdrawn in time: out of both rates
        assertGroup(view, "DELIVERY", figures(1, 1, 0, 1, rate(null, 0, 0), rate(null, 0, 0), rate(null, 0, 0),
                0, 0, 0, closing(0, null, null)));
        // SAFETY c6: neutral callback is not a satisfied one
        assertGroup(view, "SAFETY", figures(1, 1, 0, 0, rate("1", 1, 1), rate("1", 1, 1), rate("0", 0, 1),
                1, 0, 0, closing(1, "48.00", 48L)));
        // SERVICE_QUALITY c2: callback missed; D then F; reopened; 100 h → 120
        assertGroup(view, "SERVICE_QUALITY", figures(1, 1, 0, 0, rate("0", 0, 1), rate("1", 1, 1),
                rate("0.5", 1, 2), 2, 1, 0, closing(1, "100.00", 120L)));
    }

    @Test
    void byLevelChannelAndDepartment() {
        // level triage confirmed, else intake's: c6 1; c2 2 (3 at intake); c1, c4, c5, c7, c8 3; c3 4
        StatisticsView levels = statistics.figures(Selection.of("HQ", "2026-11", "level"));
        assertThat(levels.breakdown()).extracting(g -> g.key(), g -> g.figures().total())
                .containsExactly(tuple("1", 1L), tuple("2", 1L), tuple("3", 5L), tuple("4", 1L));
        // level 3: c1, c4, c5, c7, c8; withdrawn c5, c8; on time c1, c7 of c1, c4, c7, c8; resolved c1, c7 of
        // c1, c4, c7; callbacks S, S; escalations c4, c8; repeats c4, c8; closed 19.5 + 29.1 = 48.6 / 2 = 24.3 → 30
        assertGroup(levels, "3", figures(5, 5, 0, 2, rate("0.5", 2, 4), rate("0.6667", 2, 3), rate("1", 2, 2),
                2, 0, 2, closing(2, "24.30", 30L)));

        // HOTLINE c1, c3, c5, c7: on time c1, c3, c7 of 3 (c5 withdrawn in time); resolved c1, c7 of 3;
        // closed 19.5 + 9.25 + 29.1 = 57.85 / 3 = 19.2833 → 19.28; bins 10, 20, 30 → 30
        StatisticsView channels = statistics.figures(Selection.of("HQ", "2026-11", "channel"));
        assertThat(channels.breakdown()).extracting(g -> g.key(), g -> g.figures().total())
                .containsExactly(tuple("EMAIL", 1L), tuple("HOTLINE", 4L), tuple("PHONE", 1L), tuple("VISIT", 1L),
                        tuple("WEBSITE", 1L));
        assertGroup(channels, "HOTLINE", figures(4, 3, 1, 1, rate("1", 3, 3), rate("0.6667", 2, 3),
                rate("1", 2, 2), 0, 0, 0, closing(3, "19.28", 30L)));

        // departments: billing c1, c3, c4, c7; legal c8; safety c6; service c2; none yet c5 (last)
        StatisticsView departments = statistics.figures(Selection.of("HQ", "2026-11", "department"));
        assertThat(departments.breakdown()).extracting(g -> g.key(), g -> g.figures().total())
                .containsExactly(tuple("billing", 4L), tuple("legal", 1L), tuple("safety", 1L), tuple("service", 1L),
                        tuple(null, 1L));
        // billing: on time c1, c3, c7 of 4 = 0.75; resolved c1, c7 of 4 = 0.5; c4 escalated, a repeat
        assertGroup(departments, "billing", figures(4, 3, 1, 0, rate("0.75", 3, 4), rate("0.5", 2, 4),
                rate("1", 2, 2), 1, 0, 1, closing(3, "19.28", 30L)));
        assertGroup(departments, null, figures(1, 1, 0, 1, rate(null, 0, 0), rate(null, 0, 0), rate(null, 0, 0),
                0, 0, 0, closing(0, null, null)));
    }

    @Test
    void theParetoOfCausesWithCumulativeShares() {
        // HQ, November: METER-READING c1, c4, c7; CONTRACT-TERMS c8; GAS-LEAK c6; STAFF-ATTITUDE c2 (equal
        // counts by code); 6 with a cause, c3 and c5 without. 3/6 = 0.5; 1/6 = 0.1667; 4/6 = 0.6667; 5/6 = 0.8333
        Pareto november = statistics.causes(Selection.of("HQ", "2026-11", null));
        assertThat(november).usingRecursiveComparison(BY_VALUE).isEqualTo(new Pareto("HQ", "2026-11", 6, 2, List.of(
                cause("METER-READING", 3, "0.5", 3, "0.5"),
                cause("CONTRACT-TERMS", 1, "0.1667", 4, "0.6667"),
                cause("GAS-LEAK", 1, "0.1667", 5, "0.8333"),
                cause("STAFF-ATTITUDE", 1, "0.1667", 6, "1"))));

        // HQ, 2026: METER-READING c1, c4, c7, d1; STAFF-ATTITUDE c2, d2; CONTRACT-TERMS c8; GAS-LEAK c6: of 8
        Pareto year = statistics.causes(Selection.of("HQ", "2026", null));
        assertThat(year).usingRecursiveComparison(BY_VALUE).isEqualTo(new Pareto("HQ", "2026", 8, 2, List.of(
                cause("METER-READING", 4, "0.5", 4, "0.5"),
                cause("STAFF-ATTITUDE", 2, "0.25", 6, "0.75"),
                cause("CONTRACT-TERMS", 1, "0.125", 7, "0.875"),
                cause("GAS-LEAK", 1, "0.125", 8, "1"))));
    }

    @Test
    void theYearEndSummaryHasTheYearTheTwelveMonthsAndTheTopCauses() {
        YearSummary summary = statistics.summary(Selection.ofYear("SH", "2026"));

        // SH 2026 = SH November (c1..c6, c8) + December (d1, d2). total 9 = 8 + 1; withdrawn 2
        // on time 3/6 + 1/2 = 4/8; resolved 3/5 + 1/2 = 4/7 = 0.5714; callbacks 2/4 + 1/1 = 3/5
        // closed 176.75 + 5 = 181.75 / 5 = 36.35; bins 5, 10, 20, 48, 120; rank ⌈4.5⌉ = 5 → 120
        assertThat(summary.figures()).usingRecursiveComparison(BY_VALUE).isEqualTo(figures(9, 8, 1, 2,
                rate("0.5", 4, 8), rate("0.5714", 4, 7), rate("0.6", 3, 5), 5, 1, 2, closing(5, "36.35", 120L)));
        assertThat(summary.months()).extracting(YearSummary.Month::month).containsExactly("2026-01", "2026-02",
                "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
                "2026-12");
        assertThat(summary.months()).extracting(month -> month.figures().total())
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 7L, 2L);
        assertThat(summary.months().get(0).figures().onTime().rate()).as("no complaint, no rate").isNull();
        assertThat(summary.months().get(10).figures()).usingRecursiveComparison(BY_VALUE)
                .isEqualTo(statistics.figures(Selection.of("SH", "2026-11", null)).figures());
        // the top 3 causes of SH: METER-READING c1, c4, d1; STAFF-ATTITUDE c2, d2; CONTRACT-TERMS c8 (before
        // GAS-LEAK c6 by code); of 7 with a cause: 3/7 = 0.4286, 2/7 = 0.2857, 5/7 = 0.7143, 1/7 = 0.1429, 6/7 = 0.8571
        assertThat(summary.topCauses()).usingRecursiveComparison(BY_VALUE).isEqualTo(new Pareto("SH", "2026", 7, 2,
                List.of(cause("METER-READING", 3, "0.4286", 3, "0.4286"),
                        cause("STAFF-ATTITUDE", 2, "0.2857", 5, "0.7143"),
                        cause("CONTRACT-TERMS", 1, "0.1429", 6, "0.8571"))));
    }

    private static void assertFigures(String unit, String period, Figures expected) {
        StatisticsView view = statistics.figures(Selection.of(unit, period, null));
        assertThat(view.unit()).isEqualTo(unit);
        assertThat(view.period()).isEqualTo(period);
        assertThat(view.breakdown()).isNull();
        assertThat(view.figures()).as("%s %s", unit, period).usingRecursiveComparison(BY_VALUE).isEqualTo(expected);
    }

    private static void assertGroup(StatisticsView view, String key, Figures expected) {
        Figures group = view.breakdown().stream().filter(g -> Objects.equals(g.key(), key)).findFirst()
                .orElseThrow().figures();
        assertThat(group).as("%s %s", view.by(), key).usingRecursiveComparison(BY_VALUE).isEqualTo(expected);
    }

    static Figures figures(long total, long valid, long invalid, long withdrawn, Figures.Rate onTime,
                           Figures.Rate resolution, Figures.Rate satisfaction, long escalations, long reopened,
                           long repeats, Figures.TimeToClose timeToClose) {
        // the hand-made callbacks were recorded before the form asked timeliness and method: none answered;
        // no hand-made complaint records a first contact
        return new Figures(total, valid, invalid, withdrawn, onTime, resolution, satisfaction, escalations, reopened,
                repeats, timeToClose, rate(null, 0, 0), java.util.Map.of(), new Figures.TimeToFirstContact(0, null, null));
    }

    static Figures.Rate rate(String rate, long numerator, long denominator) {
        return new Figures.Rate(rate == null ? null : new BigDecimal(rate), numerator, denominator);
    }

    static Figures.TimeToClose closing(long closed, String meanHours, Long p90Hours) {
        return new Figures.TimeToClose(closed, meanHours == null ? null : new BigDecimal(meanHours), p90Hours);
    }

    private static Pareto.Cause cause(String cause, long count, String share, long cumulative, String cumulativeShare) {
        return new Pareto.Cause(cause, count, new BigDecimal(share), cumulative, new BigDecimal(cumulativeShare));
    }
}
