package io.complaints.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.analytics.Story;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CallbackMethod;
import io.complaints.events.CaseOpened;
import io.complaints.events.Satisfaction;
import io.complaints.events.UnitRef;

/**
 * The callback form in the statistics (DOMAIN.md, "Statistics"; the seed procedures' callback form):
 * satisfaction with timeliness over the callbacks that answered it, and callbacks by how the complainant
 * was reached, rolled up the units like every figure, and by breakdown.
 */
class CallbackFormStatisticsTest {

    private static final Generation LIVE = new Generation(1);
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef CHAOYANG = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));
    private static final Instant NOVEMBER = Instant.parse("2026-11-10T02:00:00Z");

    private StatisticsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new StatisticsFixture();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void calledBack(String id, UnitRef unit, CallbackCompleted... callbacks) {
        Story story = Story.received(id, unit, 3, NOVEMBER)
                .then(Duration.ofSeconds(1), new CaseOpened(id, unit.code() + "-" + id, unit, 3, NOVEMBER.plusSeconds(1)));
        for (CallbackCompleted callback : callbacks) {
            story = story.then(new CallbackInstructed(id, "billing")).then(callback);
        }
        fixture.deliver(story.events(), LIVE);
        fixture.recompute(LIVE);
    }

    private static CallbackCompleted answered(String id, Satisfaction overall, Satisfaction timeliness,
                                              CallbackMethod method) {
        return new CallbackCompleted(id, "agent.sun", "service", overall, "comment", timeliness, method);
    }

    @Test
    void timelinessIsRatedOverTheCallbacksThatAnsweredItAndEachMethodIsCounted() {
        // Pudong: c1 satisfied on time by phone; c2 dissatisfied (late) by visit, then fairly satisfied by phone
        calledBack("c1", PUDONG, answered("c1", Satisfaction.SATISFIED, Satisfaction.SATISFIED, CallbackMethod.PHONE));
        calledBack("c2", PUDONG, answered("c2", Satisfaction.DISSATISFIED, Satisfaction.DISSATISFIED, CallbackMethod.VISIT),
                answered("c2", Satisfaction.FAIRLY_SATISFIED, Satisfaction.FAIRLY_SATISFIED, CallbackMethod.PHONE));
        // Pudong c3: a callback recorded before the form asked more counts in neither
        calledBack("c3", PUDONG, new CallbackCompleted("c3", "agent.sun", "service", Satisfaction.NEUTRAL, null));
        // Chaoyang c4: neutral about timeliness, by message
        calledBack("c4", CHAOYANG, answered("c4", Satisfaction.SATISFIED, Satisfaction.NEUTRAL, CallbackMethod.MESSAGE));
        StatisticsQueries statistics = fixture.queries(LIVE);

        // Pudong: timeliness S, D, F of 3 answered: 2/3; overall S, D, F, N: 2/4
        Figures pudong = statistics.figures(Selection.of("SH-PD", "2026-11", null)).figures();
        assertThat(pudong.timelinessSatisfaction().numerator()).isEqualTo(2);
        assertThat(pudong.timelinessSatisfaction().denominator()).isEqualTo(3);
        assertThat(pudong.timelinessSatisfaction().rate()).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(pudong.satisfaction().denominator()).as("every callback counts overall").isEqualTo(4);
        assertThat(pudong.callbacksByMethod()).containsExactly(Map.entry("PHONE", 2L), Map.entry("VISIT", 1L));

        // HQ: Pudong's and Chaoyang's: timeliness 2/4 = 0.5
        Figures hq = statistics.figures(Selection.of("HQ", "2026-11", null)).figures();
        assertThat(hq.timelinessSatisfaction().rate()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(hq.timelinessSatisfaction().denominator()).isEqualTo(4);
        assertThat(hq.callbacksByMethod()).containsExactly(Map.entry("MESSAGE", 1L), Map.entry("PHONE", 2L),
                Map.entry("VISIT", 1L));

        // the same figures per group of a breakdown: by unit below HQ
        StatisticsView byUnit = statistics.figures(Selection.of("HQ", "2026-11", "unit"));
        Figures shanghai = byUnit.breakdown().stream().filter(group -> "SH".equals(group.key())).findFirst()
                .orElseThrow().figures();
        assertThat(shanghai.timelinessSatisfaction().denominator()).isEqualTo(3);
        assertThat(shanghai.callbacksByMethod()).isEqualTo(pudong.callbacksByMethod());

        // the year adds the months up
        assertThat(statistics.figures(Selection.of("HQ", "2026", null)).figures().callbacksByMethod())
                .isEqualTo(hq.callbacksByMethod());
    }

    @Test
    void withoutAnAnsweredCallbackThereIsNoTimelinessRate() {
        calledBack("c1", PUDONG, new CallbackCompleted("c1", "agent.sun", "service", Satisfaction.SATISFIED, null));

        Figures pudong = fixture.queries(LIVE).figures(Selection.of("SH-PD", "2026-11", null)).figures();
        assertThat(pudong.timelinessSatisfaction().rate()).isNull();
        assertThat(pudong.timelinessSatisfaction().denominator()).isZero();
        assertThat(pudong.callbacksByMethod()).isEmpty();
    }
}
