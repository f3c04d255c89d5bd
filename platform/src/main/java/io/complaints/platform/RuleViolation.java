package io.complaints.platform;

/**
 * One broken rule. The rejected value is never carried: it may be personal data.
 *
 * @param field the JSON path of the field that breaks it, e.g. {@code complainant.phone}; null when
 *              the rule concerns the state of the thing, not a field of the request
 * @param rule  the rule's name, e.g. {@code NotBlank}, {@code unit-exists}, {@code not-withdrawn}
 */
public record RuleViolation(String field, String rule, String message) {

    public boolean concernsAField() {
        return field != null;
    }
}
