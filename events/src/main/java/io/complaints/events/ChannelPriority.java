package io.complaints.events;

import java.util.List;
import java.util.TreeSet;

/**
 * The channel's priority of a complaint published before intake recorded it ({@link PrioritySource#BY_CHANNEL}):
 * whether the channel is a priority one, and the priority sources with the channel's own among them.
 */
record ChannelPriority(boolean channelPriority, List<PrioritySource> prioritySources) {

    static ChannelPriority of(Channel channel, List<PrioritySource> given) {
        PrioritySource source = channel == null ? null : PrioritySource.BY_CHANNEL.get(channel);
        if (source == null || given.contains(source)) {
            return new ChannelPriority(source != null, given);
        }
        TreeSet<PrioritySource> sources = new TreeSet<>(given);
        sources.add(source);
        return new ChannelPriority(true, List.copyOf(sources));
    }
}
