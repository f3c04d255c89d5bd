package io.complaints.intake.registration;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.organisation.OrganisationUnit;
import io.complaints.platform.Actor;

/**
 * Register a complaint received by a unit through one of its channels.
 *
 * @param complainantReference the opaque id other services know the complainant by
 */
public record RegisterComplaint(
        String complaintId,
        OrganisationUnit unit,
        Channel channel,
        Category category,
        int level,
        String description,
        String complainantReference,
        Complainant complainant,
        Actor actor) {
}
