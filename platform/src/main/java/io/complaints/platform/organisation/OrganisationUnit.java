package io.complaints.platform.organisation;

import java.time.ZoneId;
import java.util.List;

/**
 * A unit of the organisation, resolved.
 *
 * @param path codes from headquarters down to this unit
 */
public record OrganisationUnit(String code, String name, List<String> path, ZoneId timeZone) {

    public OrganisationUnit {
        path = List.copyOf(path);
    }
}
