package io.complaints.events;

import java.time.Instant;
import java.util.List;

/**
 * A registered complaint was corrected. Carries the amendable facts as they now stand, and which
 * of them changed; nothing earlier is overwritten in the record.
 *
 * @param changedFields names of the facts that changed, e.g. {@code [level, description]}
 * @param channelPriority whether intake found the channel a priority one, as in {@link ComplaintReceived}
 */
public record ComplaintAmended(
        String complaintId,
        String registrationNumber,
        Channel channel,
        Category category,
        int level,
        String description,
        String demand,
        Instant occurredAt,
        ComplainedAbout complainedAbout,
        boolean priority,
        List<PrioritySource> prioritySources,
        int groupSize,
        ComplainantRef complainant,
        List<String> changedFields,
        String reason,
        Instant amendedAt,
        String amendedBy,
        Boolean channelPriority) {

    public ComplaintAmended {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        if (channelPriority == null) {
            var derived = ChannelPriority.of(channel, prioritySources);
            channelPriority = derived.channelPriority();
            prioritySources = derived.prioritySources();
            priority = priority || channelPriority;
        }
    }

    /** As published before intake recorded the channel's priority: derived from the channel. */
    public ComplaintAmended(String complaintId, String registrationNumber, Channel channel, Category category,
                            int level, String description, String demand, Instant occurredAt,
                            ComplainedAbout complainedAbout, boolean priority, List<PrioritySource> prioritySources,
                            int groupSize, ComplainantRef complainant, List<String> changedFields, String reason,
                            Instant amendedAt, String amendedBy) {
        this(complaintId, registrationNumber, channel, category, level, description, demand, occurredAt,
                complainedAbout, priority, prioritySources, groupSize, complainant, changedFields, reason, amendedAt,
                amendedBy, null);
    }
}
