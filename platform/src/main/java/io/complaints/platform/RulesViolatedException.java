package io.complaints.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A command or request breaks one or more rules. Answered with 400 naming every field when all
 * of them concern fields of the request, otherwise with 409 naming the rules. Plain Java, so that
 * aggregates can throw it.
 */
public class RulesViolatedException extends RuntimeException {

    private final List<RuleViolation> violations;

    public RulesViolatedException(List<RuleViolation> violations) {
        super(violations.stream().map(v -> (v.field() == null ? "" : v.field() + ": ") + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("rules violated"));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation given");
        }
        this.violations = List.copyOf(violations);
    }

    public static RulesViolatedException ofField(String field, String rule, String message) {
        return new RulesViolatedException(List.of(new RuleViolation(field, rule, message)));
    }

    public static RulesViolatedException ofRule(String rule, String message) {
        return new RulesViolatedException(List.of(new RuleViolation(null, rule, message)));
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    public boolean allConcernFields() {
        return violations.stream().allMatch(RuleViolation::concernsAField);
    }

    /** Collects the violations of several checks, to refuse once naming all of them. */
    public static final class Collector {

        private final List<RuleViolation> found = new ArrayList<>();

        public Collector check(boolean holds, String field, String rule, String message) {
            if (!holds) {
                found.add(new RuleViolation(field, rule, message));
            }
            return this;
        }

        public Collector add(RulesViolatedException refused) {
            found.addAll(refused.violations());
            return this;
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new RulesViolatedException(found);
            }
        }
    }
}
