package io.complaints.platform;

/**
 * The actor may not do this: their role, unit or department does not allow it. Answered with 403
 * naming the rule. Plain Java, so that aggregates can throw it.
 *
 * @see RulesViolatedException for what breaks a rule whoever asks
 */
public class NotPermittedException extends RuntimeException {

    private final String rule;

    public NotPermittedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule's name, e.g. {@code role}, {@code unit-scope}, {@code callback-independence}. */
    public String rule() {
        return rule;
    }
}
