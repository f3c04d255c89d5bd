package io.complaints.handling.cases;

import io.complaints.events.CaseStatus;
import io.complaints.handling.cases.CaseCommands.RetriageCase;
import io.complaints.platform.RulesViolatedException;

/**
 * A correction of triage (DOMAIN.md, "Lifecycle" 1, "Severity"): it gives its reason and changes
 * something; marking a valid complaint invalid is its own step (with the reason from the list and the
 * explanation), so a correction only finds an invalid complaint valid.
 */
record Retriage(int previousLevel, int level, boolean revalidated) {

    static Retriage of(RetriageCase command, CaseStatus status, CaseResponsibility responsibility) {
        new RulesViolatedException.Collector()
                .check(command.level() >= 1 && command.level() <= 4, "level", "Range", "must be 1 to 4")
                .check(command.reason() != null && !command.reason().isBlank(), "reason", "reason-to-retriage",
                        "a correction of triage says why")
                .throwIfAny();
        if (Boolean.FALSE.equals(command.valid()) && status != CaseStatus.INVALID) {
            throw RulesViolatedException.ofRule("invalidity-step",
                    "mark the complaint invalid with its reason and explanation (/invalidity)");
        }
        boolean revalidated = Boolean.TRUE.equals(command.valid()) && status == CaseStatus.INVALID;
        if (!revalidated && command.level() == responsibility.level()
                && sameText(command.responsibleDepartment(), responsibility.responsibleDepartment())) {
            throw RulesViolatedException.ofRule("retriage-changes-something",
                    "the correction leaves level, department and validity as they are");
        }
        return new Retriage(responsibility.level(), command.level(), revalidated);
    }

    private static boolean sameText(String a, String b) {
        return a == null ? b == null : b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** Raised to this level or a more severe one (1 is the most severe) from a less severe one. */
    boolean raisedTo(int severity) {
        return level <= severity && level < previousLevel;
    }
}
