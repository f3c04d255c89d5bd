package io.complaints.intake.complaint;

import java.time.Instant;

import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Actor;

/**
 * The complainant's personal data was erased: their data key is destroyed, so that every sealed copy of
 * their contact and their texts, in every store and on every topic, reads as erased from now on. The
 * event itself holds no personal data.
 *
 * @param reason why, as the person who erased it recorded (e.g. the complainant's request)
 */
public record ComplainantErased(String complaintId, String registrationNumber, String complainantReference,
                                String reason, Instant erasedAt, Actor actor) implements AuditedEvent {
}
