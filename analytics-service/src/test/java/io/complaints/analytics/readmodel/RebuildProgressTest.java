package io.complaints.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A rebuild's progress as operators read it: per topic, in all, the share, the rate and the time left. */
class RebuildProgressTest {

    private static final Instant STARTED = Instant.parse("2026-12-06T05:00:00Z");
    private static final TopicPartition INTAKE_0 = new TopicPartition("complaints.intake.v1", 0);
    private static final TopicPartition INTAKE_1 = new TopicPartition("complaints.intake.v1", 1);
    private static final TopicPartition HANDLING_0 = new TopicPartition("complaints.handling.v1", 0);

    @Test
    void tenSecondsInAFifthOfTheRecordsAreReadAndFortySecondsAreLeft() {
        RebuildProgress running = RebuildProgress.running(4, STARTED, STARTED.plusSeconds(10),
                Map.of(INTAKE_0, 5L, INTAKE_1, 5L, HANDLING_0, 10L), Map.of(INTAKE_0, 10L, INTAKE_1, 30L, HANDLING_0, 60L));

        assertThat(running.topics()).containsExactly(new RebuildProgress.TopicProgress("complaints.handling.v1", 10, 60),
                new RebuildProgress.TopicProgress("complaints.intake.v1", 10, 40));
        assertThat(running.applied()).isEqualTo(20);
        assertThat(running.total()).isEqualTo(100);
        assertThat(running.percent()).isEqualTo(20);
        assertThat(running.eventsPerSecond()).isEqualTo(2);
        assertThat(running.secondsLeft()).isEqualTo(40);
        assertThat(running.state()).isEqualTo("RUNNING");
    }

    @Test
    void beforeAnythingIsReadNoTimeLeftIsGuessedAndWhenDoneEverythingIsRead() {
        RebuildProgress none = RebuildProgress.running(4, STARTED, STARTED, Map.of(), Map.of(INTAKE_0, 7L));
        assertThat(none.percent()).isZero();
        assertThat(none.secondsLeft()).isNull();

        RebuildProgress done = none.done(STARTED.plusSeconds(7));
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.applied()).isEqualTo(done.total()).isEqualTo(7);
        assertThat(done.topics()).containsExactly(new RebuildProgress.TopicProgress("complaints.intake.v1", 7, 7));
        assertThat(done.secondsLeft()).isZero();
    }

    @Test
    void anEmptyHistoryIsDoneAtOnce() {
        assertThat(RebuildProgress.running(2, STARTED, STARTED, Map.of(), Map.of()).percent()).isEqualTo(100);
        assertThat(RebuildProgress.starting(2, STARTED).percent()).isZero();
    }
}
