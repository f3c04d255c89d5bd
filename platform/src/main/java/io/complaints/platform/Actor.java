package io.complaints.platform;

import java.util.regex.Pattern;

/**
 * Who issues a command, and for which organisation unit. Every command and event carries one.
 * Until sign-in exists, the caller names itself in the {@code X-Actor-Id} and {@code X-Actor-Unit}
 * headers; {@code ActorArgumentResolver} is the one place that changes when it does.
 */
public record Actor(String id, String unit) {

    public static final Actor SYSTEM = new Actor("system", "HQ");

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    public static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
}
