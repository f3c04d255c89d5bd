package io.complaints.handling.cases;

import java.time.Instant;
import java.util.List;

import io.complaints.events.PrioritySource;
import io.complaints.events.UnitRef;
import io.complaints.platform.Actor;

/**
 * The case of a received complaint was opened and awaits triage, or, settled at intake
 * ({@code resolvedAtIntake} not null), closes at once.
 */
public record CaseOpened(
        String caseId,
        String registrationNumber,
        UnitRef unit,
        int level,
        List<PrioritySource> prioritySources,
        String complainedAboutDepartment,
        String complainedAboutPerson,
        Instant receivedAt,
        Instant openedAt,
        Actor actor,
        IntakeResolution resolvedAtIntake) {

    /** The case of a complaint that was not settled at intake. */
    public CaseOpened(String caseId, String registrationNumber, UnitRef unit, int level,
                      List<PrioritySource> prioritySources, String complainedAboutDepartment,
                      String complainedAboutPerson, Instant receivedAt, Instant openedAt, Actor actor) {
        this(caseId, registrationNumber, unit, level, prioritySources, complainedAboutDepartment,
                complainedAboutPerson, receivedAt, openedAt, actor, null);
    }

    public CaseOpened {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
    }
}
