package io.complaints.intake.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/** Correct a registered complaint, with the reason. */
public record AmendComplaint(
        @TargetAggregateIdentifier String complaintId,
        ComplaintChanges changes,
        String reason,
        Actor actor) {
}
