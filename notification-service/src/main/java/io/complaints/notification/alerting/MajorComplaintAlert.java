package io.complaints.notification.alerting;

import java.util.List;

import io.complaints.events.ComplaintReceived;

/**
 * DOMAIN.md, "Severity": a level-1 (major) complaint alerts the receiving unit's leadership
 * within 30 minutes and informs headquarters at once.
 */
final class MajorComplaintAlert {

    static final String RULE = "level-1-alert";
    static final String CHANNEL = "email";
    static final String LEADERSHIP = "leadership";
    static final String HQ_SUPERVISOR = "hq-supervisor";

    private MajorComplaintAlert() {
    }

    static List<Recipient> recipients(ComplaintReceived received) {
        if (received.level() != 1) {
            return List.of();
        }
        String headquarters = received.unit().path().getFirst();
        return List.of(new Recipient(LEADERSHIP, received.unit().code()), new Recipient(HQ_SUPERVISOR, headquarters));
    }
}
