package io.complaints.analytics;

import java.util.Arrays;

import io.complaints.platform.Role;
import io.complaints.testsupport.TestTokens;

/**
 * The people who call analytics in tests, as {@code Authorization} header values with a fresh access
 * token of the test identity provider. Ids as in the organisation's sample realm: {@code analyst.sh},
 * {@code coordinator.shpd}, {@code supervisor.hq}.
 */
public final class Callers {

    private Callers() {
    }

    /** {@code Bearer <token>} of {@code id} of {@code unit} in those roles. */
    public static String bearer(String id, String unit, Role... roles) {
        return TestTokens.shared().of(id, unit, Arrays.stream(roles).map(Role::name).toArray(String[]::new)).bearer();
    }

    /** The HQ supervisor (管理总部), who sees every unit. */
    public static String supervisorHq() {
        return bearer("supervisor.hq", "HQ", Role.HQ_SUPERVISOR);
    }

    /** HQ's analyst (质量管理部), who sees every unit's statistics. */
    public static String analystHq() {
        return bearer("analyst.hq", "HQ", Role.ANALYST);
    }

    /** HQ's operator, who runs rebuilds and handles dead letters but reads no analytics. */
    public static String operatorHq() {
        return bearer("operator.hq", "HQ", Role.OPERATOR);
    }

    /** A person of the unit in one role, named as the sample realm names them, e.g. {@code coordinator.shpd}. */
    public static String of(Role role, String unit) {
        return bearer(sampleId(role, unit), unit, role);
    }

    /** e.g. {@code coordinator.shpd} for a coordinator of SH-PD. */
    public static String sampleId(Role role, String unit) {
        String person = switch (role) {
            case INTAKE_AGENT -> "agent";
            case CALLBACK_AGENT -> "callback";
            case HQ_SUPERVISOR -> "supervisor";
            default -> role.name().toLowerCase(java.util.Locale.ROOT);
        };
        return person + "." + unit.toLowerCase(java.util.Locale.ROOT).replace("-", "");
    }
}
