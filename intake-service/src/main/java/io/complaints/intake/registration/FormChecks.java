package io.complaints.intake.registration;

import java.util.Set;

import io.complaints.events.PrioritySource;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.RulesViolatedException;

/** The checks of a complaint form only the server can make, shared by registration and amendment. */
public final class FormChecks {

    private FormChecks() {
    }

    public static RulesViolatedException.Collector complaintFacts(UnitDirectory units,
                                                                  RegistrationRequest.ComplainedAboutRequest about,
                                                                  Set<PrioritySource> prioritySources) {
        String aboutUnit = about == null ? null : about.unitCode();
        return new RulesViolatedException.Collector()
                .check(aboutUnit == null || units.find(aboutUnit).isPresent(), "complainedAbout.unitCode",
                        "unit-exists", "is not a unit of the organisation")
                .check(prioritySources == null || !prioritySources.contains(PrioritySource.REPEAT_COMPLAINT),
                        "prioritySources", "set-by-intake", "REPEAT_COMPLAINT is recognised by intake, not given");
    }
}
