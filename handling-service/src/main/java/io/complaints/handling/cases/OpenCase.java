package io.complaints.handling.cases;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.events.PrioritySource;
import io.complaints.events.UnitRef;
import io.complaints.platform.Actor;

/**
 * Open the case of a complaint that intake received; the case id is the complaint id.
 *
 * @param resolvedAtIntake what was done when a minor complaint was settled on the spot, or null
 * @param complainedAboutDepartment null when the complaint names none; with the person, what makes a
 *                                  handler's conflict of interest
 */
public record OpenCase(
        @TargetAggregateIdentifier String caseId,
        String registrationNumber,
        UnitRef unit,
        int level,
        List<PrioritySource> prioritySources,
        String complainedAboutDepartment,
        String complainedAboutPerson,
        Instant receivedAt,
        Actor actor,
        IntakeResolution resolvedAtIntake) {

    /** A complaint that was not settled at intake. */
    public OpenCase(String caseId, String registrationNumber, UnitRef unit, int level,
                    List<PrioritySource> prioritySources, String complainedAboutDepartment,
                    String complainedAboutPerson, Instant receivedAt, Actor actor) {
        this(caseId, registrationNumber, unit, level, prioritySources, complainedAboutDepartment,
                complainedAboutPerson, receivedAt, actor, null);
    }

    /** A minor complaint settled on the spot: its case closes at once as resolved. */
    public boolean resolvesAtOnce() {
        return level == 4 && resolvedAtIntake != null && resolvedAtIntake.actionTaken() != null
                && !resolvedAtIntake.actionTaken().isBlank();
    }

    public OpenCase {
        prioritySources = prioritySources == null ? List.of() : List.copyOf(prioritySources);
    }
}
