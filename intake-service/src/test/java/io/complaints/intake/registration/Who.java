package io.complaints.intake.registration;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.intake.support.People;

/**
 * Whom a probe of {@link HostileRegistrationPayloadsTest} signs in as: someone who may register the
 * form, someone who may not, or a token that is no good (or none). The token is made when the probe
 * is sent, so that it has not expired by then whenever jqwik runs it.
 *
 * @param pick which other unit, for {@link Kind#OTHER_UNIT_AGENT}
 * @param junk the header sent, for {@link Kind#JUNK}
 */
record Who(Kind kind, int pick, String junk) {

    /** The organisation units of the sample tree. */
    static final List<String> UNITS = List.of("HQ", "SH", "SH-PD", "SH-XH", "BJ", "BJ-CY", "BJ-HD", "GZ", "GZ-TH");
    /** Where a body names no unit of the tree. */
    static final String SOME_UNIT = "SH-PD";

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        /** The intake agent of the form's own unit. */
        FORM_UNIT_AGENT,
        /** Headquarters' intake agent, who registers for any unit. */
        HQ_AGENT,
        /** The intake agent of another unit (not headquarters): may not register for the form's unit. */
        OTHER_UNIT_AGENT,
        /** A handler of the form's unit: not a role that registers. */
        HANDLER_OF_FORM_UNIT,
        NO_TOKEN, EXPIRED, OTHER_ISSUER, OTHER_AUDIENCE, FORGED,
        /** A valid token whose claims were changed (the unit made HQ; HQ's made SH) after it was signed. */
        TAMPERED,
        /** A token that claims no signature at all ({@code alg: none}). */
        UNSIGNED,
        /** Any header text at all. */
        JUNK
    }

    static Who of(Kind kind) {
        return new Who(kind, 0, null);
    }

    /** The {@code Authorization} header to send with a form of {@code body}; null: none. */
    String authorization(byte[] body) {
        String formUnit = formUnit(body);
        String agent = People.agentOf(formUnit);
        return switch (kind) {
            case FORM_UNIT_AGENT -> People.bearer(agent);
            case HQ_AGENT -> People.bearer("agent.hq");
            case OTHER_UNIT_AGENT -> People.bearer(People.agentOf(otherUnit(formUnit)));
            case HANDLER_OF_FORM_UNIT -> People.bearer("handler." + People.code(formUnit));
            case NO_TOKEN -> null;
            case EXPIRED -> People.token(agent).expired().bearer();
            case OTHER_ISSUER -> People.token(agent).issuer("http://elsewhere.example/realms/test").bearer();
            case OTHER_AUDIENCE -> People.token(agent).audience("other-api").bearer();
            case FORGED -> People.token(agent).forged().bearer();
            case TAMPERED -> "Bearer " + tampered(People.token(agent).encode());
            case UNSIGNED -> "Bearer " + unsigned(People.token(agent).encode());
            case JUNK -> junk;
        };
    }

    /** The receiving unit the body names, when it is one of the tree. */
    static String formUnit(byte[] body) {
        try {
            JsonNode unit = JSON.readTree(body).path("unitCode");
            return unit.isTextual() && UNITS.contains(unit.asText()) ? unit.asText() : SOME_UNIT;
        } catch (java.io.IOException | RuntimeException unreadable) {
            return SOME_UNIT;
        }
    }

    private String otherUnit(String formUnit) {
        List<String> others = UNITS.stream().filter(unit -> !unit.equals(formUnit) && !unit.equals("HQ")).toList();
        return others.get(Math.floorMod(pick, others.size()));
    }

    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8);
        String raised = claims.replaceFirst("\"unit\":\"[^\"]*\"", "\"unit\":\"HQ\"");
        claims = raised.equals(claims) ? claims.replaceFirst("\"unit\":\"HQ\"", "\"unit\":\"SH\"") : raised;
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(UTF_8)) + "."
                + parts[2];
    }

    private static String unsigned(String jwt) {
        String[] parts = jwt.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(UTF_8));
        return header + "." + parts[1] + ".";
    }

    @Override
    public String toString() {
        return switch (kind) {
            case OTHER_UNIT_AGENT -> kind + " (pick " + pick + ")";
            case JUNK -> kind + " \"" + io.complaints.testsupport.hostile.HostileValues.shown(junk) + "\"";
            default -> kind.toString();
        };
    }
}
