package io.complaints.handling.cases;

import java.util.List;

import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.PrioritySource;

/**
 * Priority (优先处理, DOMAIN.md "Severity", "Priority"), whatever the level: the sources intake recorded with the
 * complaint, the channel's own among them (government hotline, consumer association, media). The case takes
 * them as intake recorded them; for a complaint published before intake recorded the channel's priority, the
 * contract derives it from the channel ({@link PrioritySource#BY_CHANNEL}), as handling did before.
 */
final class Priority {

    private Priority() {
    }

    static List<PrioritySource> of(ComplaintReceived received) {
        return received.prioritySources();
    }

    static List<PrioritySource> of(ComplaintAmended amended) {
        return amended.prioritySources();
    }
}
