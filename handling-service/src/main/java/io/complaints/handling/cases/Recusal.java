package io.complaints.handling.cases;

import io.complaints.platform.RulesViolatedException;

/**
 * Recusal (回避, DOMAIN.md "Lifecycle" 2): a handler with a conflict of interest in the complaint must
 * be replaced. Refuses the assignment with the rule {@code conflict-of-interest}.
 */
final class Recusal {

    private Recusal() {
    }

    static void check(String handlerId, String handlerName, String handlerDepartment, String complainedAboutPerson,
                      String complainedAboutDepartment) {
        if (sameText(handlerDepartment, complainedAboutDepartment)) {
            throw RulesViolatedException.ofRule("conflict-of-interest",
                    "the handler belongs to the department complained about; assign someone outside it (回避)");
        }
        if (sameText(handlerId, complainedAboutPerson) || sameText(handlerName, complainedAboutPerson)) {
            throw RulesViolatedException.ofRule("conflict-of-interest",
                    "the handler is the person complained about; assign someone else (回避)");
        }
    }

    static boolean sameText(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }
}
