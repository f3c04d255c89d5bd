package io.complaints.intake.support;

import java.util.List;
import java.util.Locale;

import io.complaints.testsupport.TestTokens;

/**
 * Access tokens of the sample people (the identity provider's realm uses the same ids): the role is
 * read from the id's first part and the unit from its second, e.g. {@code agent.shpd} is the intake
 * agent of SH-PD, {@code coordinator.sh} the coordinator of SH, {@code callback.shpd} a callback agent
 * (department service), {@code handler.bjcy} a handler (department billing).
 */
public final class People {

    /** notification-service's client: headquarters, role SERVICE. */
    public static final String NOTIFICATION_SERVICE = "service-account-notification-service";

    private static final List<String> UNITS = List.of("HQ", "SH", "SH-PD", "SH-XH", "BJ", "BJ-CY", "BJ-HD", "GZ",
            "GZ-TH");

    private People() {
    }

    /** A valid token of the person, ready to be refined (expired, forged...) or encoded. */
    public static TestTokens.Token token(String person) {
        if (NOTIFICATION_SERVICE.equals(person)) {
            return TestTokens.shared().of(person, "HQ", "SERVICE");
        }
        String[] parts = person.split("\\.", 2);
        String unit = unitOf(parts[1]);
        return switch (parts[0]) {
            case "agent" -> TestTokens.shared().of(person, unit, "INTAKE_AGENT");
            case "coordinator" -> TestTokens.shared().of(person, unit, "COORDINATOR");
            case "handler" -> TestTokens.shared().of(person, unit, "HANDLER").department("billing");
            case "approver" -> TestTokens.shared().of(person, unit, "APPROVER");
            case "callback" -> TestTokens.shared().of(person, unit, "CALLBACK_AGENT").department("service");
            case "supervisor" -> TestTokens.shared().of(person, unit, "HQ_SUPERVISOR");
            case "analyst" -> TestTokens.shared().of(person, unit, "ANALYST");
            case "operator" -> TestTokens.shared().of(person, unit, "OPERATOR");
            case "auditor" -> TestTokens.shared().of(person, unit, "AUDITOR");
            case "service" -> TestTokens.shared().of(person, unit, "SERVICE");
            default -> throw new IllegalArgumentException("not a sample person: " + person);
        };
    }

    /** The {@code Authorization} header value of the person's valid token. */
    public static String bearer(String person) {
        return token(person).bearer();
    }

    /** The intake agent of a unit, e.g. {@code agent.shpd} for SH-PD. */
    public static String agentOf(String unit) {
        return "agent." + code(unit);
    }

    /** A person's id part for a unit: lower case, without the dash. */
    public static String code(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace("-", "");
    }

    private static String unitOf(String code) {
        return UNITS.stream().filter(unit -> code(unit).equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a unit of the sample tree: " + code));
    }
}
