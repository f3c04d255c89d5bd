package io.complaints.notification.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.complaints.notification.template.Templates;

/** The rules table, checked at start-up against the message templates: the service does not start with a broken one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationRules.class)
public class RulesConfiguration {

    @Bean
    RuleBook ruleBook(NotificationRules rules, Templates templates) {
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            templates.problems(rule.template()).forEach(problem -> problems.add("rule '" + rule.name() + "': " + problem));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("complaints.notifications.rules: " + String.join("; ", problems));
        }
        return new RuleBook(rules.rules());
    }
}
