package io.complaints.platform;

import java.util.regex.Pattern;

/**
 * Who issues a command, for which organisation unit, in which role and department. Every command
 * and event carries one. Until sign-in exists, the caller names itself in the {@code X-Actor-Id},
 * {@code X-Actor-Unit}, {@code X-Actor-Role} and {@code X-Actor-Department} headers;
 * {@code ActorArgumentResolver} is the one place that changes when it does.
 *
 * @param role       {@code null} where the service does not ask for one
 * @param department {@code null} when not given
 */
public record Actor(String id, String unit, Role role, String department) {

    public static final Actor SYSTEM = new Actor("system", "HQ", Role.SYSTEM, null);

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    public static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    public static final Pattern DEPARTMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Actor(String id, String unit) {
        this(id, unit, null, null);
    }

    /** The system acting for a unit: a deadline falling due, an event of another service. */
    public static Actor system(String unit) {
        return new Actor("system", unit, Role.SYSTEM, null);
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
