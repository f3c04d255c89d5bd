package io.complaints.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Times to close: hourly bins up to three days, daily beyond; the p90 by nearest rank; sums of months. */
class CloseTimesTest {

    @Test
    void aTimeFallsInTheBinOfTheHourItEndsInUpToThreeDaysThenOfTheDay() {
        assertThat(CloseTimes.binOf(0)).isEqualTo(1);
        assertThat(CloseTimes.binOf(3600)).isEqualTo(1);
        assertThat(CloseTimes.binOf(3601)).isEqualTo(2);
        assertThat(CloseTimes.binOf(72 * 3600)).isEqualTo(72);
        assertThat(CloseTimes.binOf(72 * 3600 + 1)).as("into the fourth day").isEqualTo(96);
        assertThat(CloseTimes.binOf(10 * 24 * 3600)).isEqualTo(240);
        assertThat(CloseTimes.binOf(10 * 24 * 3600 + 1)).isEqualTo(264);
    }

    @Test
    void theP90IsTheBinOfTheTimeOfRankNineInTen() {
        // 1 h, 2 h, ..., 10 h: rank ⌈9⌉ = 9 → 9; mean 5.5
        CloseTimes ten = LongStream.rangeClosed(1, 10).mapToObj(h -> CloseTimes.of(Duration.ofHours(h)))
                .reduce(CloseTimes.NONE, CloseTimes::plus);
        assertThat(ten.p90Hours()).isEqualTo(9);
        assertThat(ten.meanHours()).isEqualByComparingTo("5.5");

        // 11 of them: rank ⌈9.9⌉ = 10 → 10
        assertThat(ten.plus(CloseTimes.of(Duration.ofDays(30))).p90Hours()).isEqualTo(10);
        // 1 h and 20 days: rank ⌈1.8⌉ = 2 → 480
        assertThat(CloseTimes.of(Duration.ofHours(1)).plus(CloseTimes.of(Duration.ofDays(20))).p90Hours())
                .isEqualTo(480);
    }

    @Test
    void theMedianIsTheBinOfTheMiddleRank() {
        CloseTimes three = CloseTimes.of(Duration.ofHours(2)).plus(CloseTimes.of(Duration.ofMinutes(270)))
                .plus(CloseTimes.of(Duration.ofHours(30)));
        // rank ⌈1.5⌉ = 2: 4 h 30 min, in the bin of 5 h; p90 rank ⌈2.7⌉ = 3: 30 h
        assertThat(three.medianHours()).isEqualTo(5);
        assertThat(three.p90Hours()).isEqualTo(30);
        // four: rank 2 of 2, 5, 10, 30
        assertThat(three.plus(CloseTimes.of(Duration.ofHours(10))).medianHours()).isEqualTo(5);
        assertThat(CloseTimes.of(Duration.ofMinutes(10)).medianHours()).isEqualTo(1);
        assertThat(CloseTimes.NONE.medianHours()).isNull();
    }

    @Test
    void monthsAddUpBinByBin() {
        CloseTimes november = CloseTimes.of(Duration.ofMinutes(90)).plus(CloseTimes.of(Duration.ofHours(100)));
        CloseTimes december = CloseTimes.of(Duration.ofMinutes(100)).plus(CloseTimes.of(Duration.ofHours(30)));

        CloseTimes both = november.plus(december);

        assertThat(both.count()).isEqualTo(4);
        assertThat(both.totalSeconds()).isEqualTo((90 + 100 * 60 + 100 + 30 * 60) * 60L);
        assertThat(both.bins()).containsExactly(new CloseTimes.Bin(2, 2), new CloseTimes.Bin(30, 1),
                new CloseTimes.Bin(120, 1));
        assertThat(both.meanHours()).isEqualTo(new BigDecimal("33.29")); // 7990 min / 4 / 60 = 33.29
        assertThat(CloseTimes.NONE.plus(both)).isEqualTo(both);
        assertThat(CloseTimes.NONE.p90Hours()).isNull();
        assertThat(CloseTimes.NONE.meanHours()).isNull();
        assertThat(List.of(CloseTimes.NONE.bins())).containsExactly(List.of());
    }
}
