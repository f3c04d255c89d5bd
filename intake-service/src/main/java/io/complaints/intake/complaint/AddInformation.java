package io.complaints.intake.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/**
 * The complainant adds information to their open complaint (online): it is appended to the description,
 * dated, and recorded as an amendment of the description, so that everyone downstream sees it as one.
 */
public record AddInformation(@TargetAggregateIdentifier String complaintId, String text, Actor actor) {
}
