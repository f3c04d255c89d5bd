package io.complaints.events;

import java.time.Instant;
import java.util.List;

/**
 * A registered complaint was corrected. Carries the amendable facts as they now stand, and which
 * of them changed; nothing earlier is overwritten in the record.
 *
 * @param changedFields names of the facts that changed, e.g. {@code [level, description]}
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
        String amendedBy) {

    public ComplaintAmended {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
