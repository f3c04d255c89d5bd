package io.complaints.intake.complaint;

import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.Actor;

/**
 * Register a complaint received by a unit through one of its channels.
 *
 * @param complainantReference the opaque id other services know the complainant by
 * @param resolvedAtIntake     what was done, when a minor complaint was settled on the spot; or null
 * @param idempotencyKey       the client's key for safe retries, or null
 * @param requestHash          a digest of the request, to tell a retry from a different request
 */
public record RegisterComplaint(
        String complaintId,
        OrganisationUnit unit,
        ComplaintDetails details,
        String complainantReference,
        Complainant complainant,
        String resolvedAtIntake,
        String idempotencyKey,
        String requestHash,
        Actor actor) {
}
