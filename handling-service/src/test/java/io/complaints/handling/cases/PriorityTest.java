package io.complaints.handling.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;

/** DOMAIN.md, "Priority": complaints arriving by government, consumer association or media are priority. */
class PriorityTest {

    @ParameterizedTest
    @CsvSource({"GOVERNMENT_HOTLINE, GOVERNMENT", "CONSUMER_ASSOCIATION, CONSUMER_ASSOCIATION", "MEDIA, MEDIA"})
    void aComplaintByTheseChannelsIsPriority(Channel channel, PrioritySource source) {
        assertThat(Priority.sources(channel, List.of())).containsExactly(source);
        assertThat(Priority.sources(channel, List.of(PrioritySource.KEY_ACCOUNT, source)))
                .containsExactlyInAnyOrder(PrioritySource.KEY_ACCOUNT, source);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"GOVERNMENT_HOTLINE", "CONSUMER_ASSOCIATION", "MEDIA"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherChannelsKeepTheSourcesIntakeGave(Channel channel) {
        assertThat(Priority.sources(channel, List.of())).isEmpty();
        assertThat(Priority.sources(channel, List.of(PrioritySource.VULNERABLE_GROUP)))
                .containsExactly(PrioritySource.VULNERABLE_GROUP);
    }
}
