package io.complaints.events;

import java.time.Instant;

/**
 * The complainant accepted or declined the offered remedy in the self-service portal; handling records
 * it as the decision on the remedy, with the complainant as the actor.
 *
 * @param complainantReference the opaque id the complainant is known by
 * @param reason               why it was declined; null when accepted
 */
public record ComplainantDecidedOnRemedy(
        String complaintId,
        String registrationNumber,
        String complainantReference,
        boolean accepted,
        String reason,
        Instant decidedAt) {
}
