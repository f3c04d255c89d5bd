package io.complaints.handling.cases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.complaints.platform.RulesViolatedException;

/**
 * Recusal (回避, DOMAIN.md "Lifecycle" 2): the person complained about, or someone related to them,
 * does not handle the complaint; the rest of their department may (it is usually the department that
 * must investigate). Related people are configured ({@code complaints.recusal.related}): for a person
 * (by id or name) those related to them, e.g. their direct manager; a relation counts both ways.
 * A refusal names the rule {@code conflict-of-interest}.
 */
@ConfigurationProperties("complaints.recusal")
public record Recusal(Map<String, List<String>> related) {

    public Recusal {
        related = related == null ? Map.of() : Map.copyOf(related);
    }

    /** Refuses a handler who is the person complained about, or related to them. */
    void check(String handlerId, String handlerName, String complainedAboutPerson) {
        String person = normal(complainedAboutPerson);
        if (person == null) {
            return;
        }
        Set<String> handler = new HashSet<>();
        if (normal(handlerId) != null) {
            handler.add(normal(handlerId));
        }
        if (normal(handlerName) != null) {
            handler.add(normal(handlerName));
        }
        if (handler.contains(person)) {
            throw RulesViolatedException.ofRule("conflict-of-interest",
                    "the handler is the person complained about; assign someone else (回避)");
        }
        Set<String> relatedToPerson = relations().getOrDefault(person, Set.of());
        if (handler.stream().anyMatch(relatedToPerson::contains)) {
            throw RulesViolatedException.ofRule("conflict-of-interest",
                    "the handler is related to the person complained about; assign someone else (回避)");
        }
    }

    /** Each person's related people, both ways, compared without case or surrounding blanks. */
    private Map<String, Set<String>> relations() {
        Map<String, Set<String>> both = new HashMap<>();
        related.forEach((person, others) -> others.forEach(other -> {
            if (normal(person) != null && normal(other) != null) {
                both.computeIfAbsent(normal(person), p -> new HashSet<>()).add(normal(other));
                both.computeIfAbsent(normal(other), o -> new HashSet<>()).add(normal(person));
            }
        }));
        return both;
    }

    private static String normal(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
