package io.complaints.platform.web;

/**
 * A command is well-formed but the domain refuses it (e.g. a transition the lifecycle does not
 * allow). Answered with 409 and the rule's name.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
