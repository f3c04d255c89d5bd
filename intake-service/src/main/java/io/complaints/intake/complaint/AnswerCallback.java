package io.complaints.intake.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.events.Satisfaction;
import io.complaints.platform.Actor;

/** The complainant answers the callback's questions (回访) online; dissatisfied says why. */
public record AnswerCallback(@TargetAggregateIdentifier String complaintId, Satisfaction satisfaction,
                             Satisfaction timelinessSatisfaction, String comment, Actor actor) {
}
