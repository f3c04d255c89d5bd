package io.complaints.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DOMAIN.md, "Priority": a complaint that arrived by the government hotline, a consumer association or the
 * media is priority. Intake records it ({@code channelPriority}); an event published before it did reads with
 * the channel's priority derived, so that every reader agrees; a recorded value is taken as recorded.
 */
class ChannelPriorityTest {

    private static final Instant AT = Instant.parse("2026-11-01T01:00:00Z");

    private static ComplaintReceived recordedBefore(Channel channel, List<PrioritySource> given) {
        return new ComplaintReceived("c-1", "SH-PD-1", new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD")), channel,
                Category.BILLING, 3, "Billed twice", null, null, null, !given.isEmpty(), given, null, 1, null, null, AT,
                "agent.li");
    }

    private static ComplaintAmended amendedBefore(Channel channel, List<PrioritySource> given) {
        return new ComplaintAmended("c-1", "SH-PD-1", channel, Category.BILLING, 3, "Billed twice", null, null, null,
                !given.isEmpty(), given, 1, null, List.of("channel"), "wrong channel", AT, "agent.li");
    }

    @ParameterizedTest
    @CsvSource({"GOVERNMENT_HOTLINE, GOVERNMENT", "CONSUMER_ASSOCIATION, CONSUMER_ASSOCIATION", "MEDIA, MEDIA"})
    void anEventWithoutTheRecordedValueReadsWithTheChannelsPriority(Channel channel, PrioritySource source) {
        ComplaintReceived received = recordedBefore(channel, List.of());
        assertThat(received.channelPriority()).isTrue();
        assertThat(received.priority()).isTrue();
        assertThat(received.prioritySources()).containsExactly(source);
        assertThat(recordedBefore(channel, List.of(PrioritySource.KEY_ACCOUNT)).prioritySources())
                .containsExactly(source, PrioritySource.KEY_ACCOUNT);
        assertThat(recordedBefore(channel, List.of(source)).prioritySources()).containsExactly(source);
        ComplaintAmended amended = amendedBefore(channel, List.of());
        assertThat(amended.channelPriority()).isTrue();
        assertThat(amended.priority()).isTrue();
        assertThat(amended.prioritySources()).containsExactly(source);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"GOVERNMENT_HOTLINE", "CONSUMER_ASSOCIATION", "MEDIA"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherChannelsKeepTheSourcesIntakeGave(Channel channel) {
        ComplaintReceived received = recordedBefore(channel, List.of());
        assertThat(received.channelPriority()).isFalse();
        assertThat(received.priority()).isFalse();
        assertThat(received.prioritySources()).isEmpty();
        assertThat(recordedBefore(channel, List.of(PrioritySource.VULNERABLE_GROUP)).prioritySources())
                .containsExactly(PrioritySource.VULNERABLE_GROUP);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"GOVERNMENT_HOTLINE", "CONSUMER_ASSOCIATION", "MEDIA"})
    void aRecordedValueIsTakenAsIntakeRecordedIt(Channel channel) {
        ComplaintReceived recorded = new ComplaintReceived("c-1", "SH-PD-1",
                new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD")), channel, Category.BILLING, 3, "Billed twice",
                null, null, null, false, List.of(), null, 1, null, null, AT, "agent.li", false);
        assertThat(recorded.channelPriority()).isFalse();
        assertThat(recorded.priority()).isFalse();
        assertThat(recorded.prioritySources()).isEmpty();
    }
}
