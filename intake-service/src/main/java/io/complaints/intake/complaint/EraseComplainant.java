package io.complaints.intake.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/**
 * Erase the complainant's personal data (PIPL 个人信息保护法 art. 47, GDPR art. 17), for a reason: the
 * complaint, its case and its statistics stay.
 */
public record EraseComplainant(@TargetAggregateIdentifier String complaintId, String reason, Actor actor) {
}
