package io.complaints.platform.web;

/**
 * One failing field of a problem+json answer. The rejected value is never echoed: it may be
 * personal data.
 *
 * @param field the JSON path of the field, e.g. {@code complainant.phone}
 * @param rule  the rule it breaks, e.g. {@code NotBlank}, {@code Pattern}, {@code unknown-field}
 */
public record FieldError(String field, String rule, String message) {
}
