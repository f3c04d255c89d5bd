package io.complaints.handling.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;

/**
 * Priority (优先处理, DOMAIN.md "Severity", "Priority"), whatever the level: besides the sources intake
 * recorded, a complaint that arrived by the government hotline (12345), a consumer association (消协)
 * or the media is handled with priority, as one transferred by them is.
 */
final class Priority {

    private static final Map<Channel, PrioritySource> PRIORITY_CHANNELS = Map.of(
            Channel.GOVERNMENT_HOTLINE, PrioritySource.GOVERNMENT,
            Channel.CONSUMER_ASSOCIATION, PrioritySource.CONSUMER_ASSOCIATION,
            Channel.MEDIA, PrioritySource.MEDIA);

    private Priority() {
    }

    /** The sources intake gave, with the channel's own when it is a priority channel; sorted, each once. */
    static List<PrioritySource> sources(Channel channel, List<PrioritySource> given) {
        TreeSet<PrioritySource> sources = new TreeSet<>(given == null ? List.of() : given);
        Optional.ofNullable(channel).map(PRIORITY_CHANNELS::get).ifPresent(sources::add);
        return List.copyOf(sources);
    }
}
