package io.complaints.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A period is a month or a year of twelve months. */
class PeriodTest {

    @Test
    void aMonthIsItselfAndAYearItsTwelveMonths() {
        assertThat(Period.of("2026-11").months()).containsExactly("2026-11");
        assertThat(Period.of("2026").months()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
    }

    @Test
    void onlyWellFormedMonthsAndYears() {
        assertThat(Period.isMonth("2026-00")).isFalse();
        assertThat(Period.isMonth("2026-13")).isFalse();
        assertThat(Period.isMonth("2026-1")).isFalse();
        assertThat(Period.isMonth("2026-12")).isTrue();
        assertThat(Period.isYear("26")).isFalse();
        assertThat(Period.isYear("2026-11")).isFalse();
        assertThat(Period.isYear("2026")).isTrue();
    }
}
