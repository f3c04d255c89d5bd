package io.complaints.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who issues a command, for which organisation unit, in which roles and department. Every command
 * and event carries one. It comes from the caller's signed access token only (the claims named in
 * {@code complaints.security.claims}); nothing a caller writes in a header or a body names it.
 *
 * @param roles      what the actor may do; empty for a caller with none of the platform's roles
 * @param department {@code null} when the actor belongs to no department
 */
public record Actor(String id, String unit, Set<Role> roles, String department) {

    public static final Actor SYSTEM = new Actor("system", "HQ", Set.of(Role.SYSTEM), null);

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    public static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    public static final Pattern DEPARTMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Actor {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Someone of a unit, in no particular role. */
    public Actor(String id, String unit) {
        this(id, unit, Set.of(), null);
    }

    /** One person in one role. */
    public Actor(String id, String unit, Role role, String department) {
        this(id, unit, role == null ? Set.of() : Set.of(role), department);
    }

    /** The system acting for a unit: a deadline falling due, an event of another service. */
    public static Actor system(String unit) {
        return new Actor("system", unit, Set.of(Role.SYSTEM), null);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean holdsAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }
}
