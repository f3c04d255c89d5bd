package io.complaints.intake.registration;

import java.time.Instant;
import java.util.List;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/** A complaint was registered and given its registration number. */
public record ComplaintRegistered(
        String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        Channel channel,
        Category category,
        int level,
        String description,
        String complainantReference,
        Complainant complainant,
        Instant receivedAt,
        Actor actor) implements AuditedEvent {
}
