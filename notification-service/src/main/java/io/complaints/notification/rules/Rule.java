package io.complaints.notification.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.complaints.notification.delivery.Channel;

/**
 * One row of the rules table: on an event, when the conditions hold, tell these recipients by these
 * channels with this template.
 *
 * @param name     the rule's name, shown in the delivery log, e.g. {@code level-1-alert}
 * @param event    the event's record name, e.g. {@code ComplaintReceived}, {@code Escalated}
 * @param when     the conditions; none: always
 * @param recipients who is told: a role in a unit related to the event, or the complainant
 * @param channels EMAIL and/or WEBHOOK: each recipient gets the ones of these they have
 * @param template the message, see {@code notification-templates/}
 */
public record Rule(String name, String event, @DefaultValue Conditions when, List<Recipient> recipients,
                   List<Channel> channels, String template) {

    public Rule {
        String rule = "rule '" + name + "'";
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("a rule's name is lower case, digits and -, not '" + name + "'");
        }
        if (!EventCatalogue.EVENTS.contains(event)) {
            throw new IllegalArgumentException(rule + ": '" + event + "' is not an event; one of "
                    + EventCatalogue.EVENTS.stream().sorted().toList());
        }
        when = when == null ? Conditions.ALWAYS : when;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        channels = channels == null ? List.of() : List.copyOf(channels);
        List<String> problems = new ArrayList<>();
        when.unanswerableBy(event).forEach(condition -> problems.add("a condition " + event + " cannot answer: " + condition));
        if (recipients.isEmpty()) {
            problems.add("no recipients");
        }
        recipients.stream().map(recipient -> recipient.unanswerableBy(event)).filter(Objects::nonNull)
                .forEach(recipient -> problems.add("recipients " + event + " cannot name: " + recipient));
        if (channels.isEmpty() || channels.contains(Channel.NONE)) {
            problems.add("channels must be EMAIL and/or WEBHOOK");
        }
        if (recipients.stream().anyMatch(Recipient::complainant) && !channels.contains(Channel.EMAIL)) {
            problems.add("the complainant is told by EMAIL only, so the rule needs that channel");
        }
        if (template == null || template.isBlank()) {
            problems.add("no template");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(rule + ": " + String.join("; ", problems));
        }
    }

    boolean appliesTo(Occurrence occurrence) {
        return event.equals(occurrence.eventType()) && when.holdFor(occurrence);
    }
}
