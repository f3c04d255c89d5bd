package io.complaints.events;

import java.time.Instant;

/**
 * The complainant answered the callback's questions (回访) in the self-service portal; handling records
 * it as the callback, by the online method, with the complainant as the actor.
 *
 * @param complainantReference   the opaque id the complainant is known by
 * @param timelinessSatisfaction satisfaction with how quickly it was handled; optional
 * @param comment                required when dissatisfied: the reason to reopen
 */
public record ComplainantAnsweredCallback(
        String complaintId,
        String registrationNumber,
        String complainantReference,
        Satisfaction satisfaction,
        Satisfaction timelinessSatisfaction,
        String comment,
        Instant answeredAt) {
}
