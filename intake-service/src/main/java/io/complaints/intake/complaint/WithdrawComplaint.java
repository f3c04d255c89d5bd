package io.complaints.intake.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/** The complainant withdraws the complaint, for a reason. */
public record WithdrawComplaint(@TargetAggregateIdentifier String complaintId, String reason, Actor actor) {
}
