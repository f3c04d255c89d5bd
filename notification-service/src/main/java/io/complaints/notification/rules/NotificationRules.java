package io.complaints.notification.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The rules table ({@code complaints.notifications.rules}): who is told what on which event. */
@ConfigurationProperties("complaints.notifications")
public record NotificationRules(@DefaultValue List<Rule> rules) {

    public NotificationRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (Rule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("complaints.notifications.rules names '" + rule.name() + "' twice");
            }
        }
    }
}
