package io.complaints.notification.directory;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.complaints.platform.Actor;

/**
 * Someone who receives notifications: their user id, unit, roles, department, channels and language.
 *
 * @param id         the user id they act under (as in {@code X-Actor-Id}), e.g. {@code leader.zhang}
 * @param unit       their unit's code, e.g. {@code SH-PD}
 * @param roles      what they are told as, e.g. {@code [leadership, approver]}
 * @param department their department's code, or null for the unit's leadership and others of no department
 * @param email      their e-mail address, or null: no e-mail
 * @param webhook    the name of the webhook endpoint (see {@code complaints.notifications.webhooks}) their
 *                   notifications are posted to, or null: none
 * @param language   {@code zh-CN} (the default) or {@code en}
 */
public record Person(String id, String unit, List<String> roles, String department, String email, String webhook,
                     @DefaultValue("zh-CN") Language language) {

    static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Person {
        String who = "complaints.notifications.directory: person '" + id + "'";
        if (id == null || !Actor.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("complaints.notifications.directory: '" + id
                    + "' is not a user id (1-64 letters, digits or . _ @ -)");
        }
        if (unit == null || !Actor.UNIT.matcher(unit).matches()) {
            throw new IllegalArgumentException(who + " has no unit code (capitals, digits and -)");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (roles.isEmpty() || !roles.stream().allMatch(role -> ROLE.matcher(role).matches())) {
            throw new IllegalArgumentException(who + " needs roles in lower case, e.g. [leadership, approver]");
        }
        if (department != null && !Actor.DEPARTMENT.matcher(department).matches()) {
            throw new IllegalArgumentException(who + " has a department that is not a department code");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException(who + " has an e-mail address that is not one");
        }
        if (email == null && webhook == null) {
            throw new IllegalArgumentException(who + " has no channel: give an email, a webhook or both");
        }
        language = language == null ? Language.ZH_CN : language;
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    /** Without the e-mail address: addresses never go to logs. */
    @Override
    public String toString() {
        return "Person[" + id + " of " + unit + " as " + roles + "]";
    }
}
