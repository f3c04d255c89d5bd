package io.complaints.notification.rules;

import io.complaints.notification.directory.Audience;

/**
 * A rule's decision that an audience is to be told of an occurrence.
 *
 * @param toComplainant the audience is the complaint's complainant, not people of the directory
 */
public record Notice(Rule rule, Audience audience, boolean toComplainant) {
}
