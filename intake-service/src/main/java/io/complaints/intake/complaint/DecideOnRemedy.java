package io.complaints.intake.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/** The complainant accepts, or declines with a reason, the remedy offered to them (online). */
public record DecideOnRemedy(@TargetAggregateIdentifier String complaintId, boolean accepted, String reason,
                             Actor actor) {
}
