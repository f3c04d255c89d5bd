package io.complaints.handling.cases;

import java.util.List;

import io.complaints.events.PrioritySource;

/**
 * Intake corrected the complaint's facts; the case follows them. Handling's own event: intake publishes
 * the amendment itself.
 *
 * @param level the case's level after it: the amended one before triage, the triaged one after
 */
public record IntakeFactsAmended(String caseId, int level, List<PrioritySource> prioritySources,
                                 String complainedAboutDepartment, String complainedAboutPerson) {

    public IntakeFactsAmended {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
    }
}
