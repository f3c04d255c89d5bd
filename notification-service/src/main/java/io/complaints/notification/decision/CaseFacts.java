package io.complaints.notification.decision;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.complaints.events.UnitRef;

/**
 * What this service knows of a complaint to address notifications of events that do not say it
 * themselves (a remedy, a callback, a missed deadline): its number, the unit that has it, its level,
 * responsible department and handler. No personal data.
 */
@Document("case_facts")
record CaseFacts(@Id String complaintId, String registrationNumber, UnitRef unit, Integer level, String department,
                 String handlerId) {
}
