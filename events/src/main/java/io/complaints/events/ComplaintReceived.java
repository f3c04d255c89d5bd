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
        String receivedBy) {

    public ComplaintReceived {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
    }
}
