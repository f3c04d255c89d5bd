package io.complaints.events;

import java.time.Instant;
import java.util.List;

/**
 * A complaint was registered at intake.
 *
 * @param level            severity 1 (major) to 4 (minor)
 * @param demand           what the complainant asks for (顾客诉求), or null
 * @param occurredAt       when the matter happened, or null when not known
 * @param complainedAbout  what and who it is about, or null
 * @param priority         handled with priority (优先处理): any priority source, a repeat included
 * @param repeatOf         the earlier complaint of the same complainant on the same matter, or null
 * @param groupSize        number of complainants (a group complaint has 5 or more)
 * @param resolvedAtIntake what was done when a minor complaint was settled on the spot, or null
 * @param receivedBy       the intake agent
 * @param channelPriority  whether intake found the channel a priority one ({@link PrioritySource#BY_CHANNEL}),
 *                         its source then among {@code prioritySources}; absent from events published before
 *                         intake recorded it, for which it is derived from the channel
 */
public record ComplaintReceived(
        String complaintId,
        String registrationNumber,
        UnitRef unit,
        Channel channel,
        Category category,
        int level,
        String description,
        String demand,
        Instant occurredAt,
        ComplainedAbout complainedAbout,
        boolean priority,
        List<PrioritySource> prioritySources,
        ComplaintLink repeatOf,
        int groupSize,
        String resolvedAtIntake,
        ComplainantRef complainant,
        Instant receivedAt,
        String receivedBy,
        Boolean channelPriority) {

    public ComplaintReceived {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
        if (channelPriority == null) {
            var derived = ChannelPriority.of(channel, prioritySources);
            channelPriority = derived.channelPriority();
            prioritySources = derived.prioritySources();
            priority = priority || channelPriority;
        }
    }

    /** As published before intake recorded the channel's priority: derived from the channel. */
    public ComplaintReceived(String complaintId, String registrationNumber, UnitRef unit, Channel channel,
                             Category category, int level, String description, String demand, Instant occurredAt,
                             ComplainedAbout complainedAbout, boolean priority, List<PrioritySource> prioritySources,
                             ComplaintLink repeatOf, int groupSize, String resolvedAtIntake,
                             ComplainantRef complainant, Instant receivedAt, String receivedBy) {
        this(complaintId, registrationNumber, unit, channel, category, level, description, demand, occurredAt,
                complainedAbout, priority, prioritySources, repeatOf, groupSize, resolvedAtIntake, complainant,
                receivedAt, receivedBy, null);
    }
}
