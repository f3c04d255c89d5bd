package io.complaints.intake.history;

import io.complaints.platform.Actor;

/** What every domain event of a complaint tells the audit trail besides its own facts. */
public interface AuditedEvent {

    String complaintId();

    /** Who caused the event, and for which unit. */
    Actor actor();

    /** Why, where the event has a reason (amendment, withdrawal); null otherwise. */
    default String reason() {
        return null;
    }
}
