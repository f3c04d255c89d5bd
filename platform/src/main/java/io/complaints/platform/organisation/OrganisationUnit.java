package io.complaints.platform.organisation;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A unit of the organisation, resolved.
 *
 * @param path        codes from headquarters down to this unit
 * @param departments the unit's departments, as configured
 */
public record OrganisationUnit(String code, String name, List<String> path, ZoneId timeZone,
                               List<OrganisationProperties.Department> departments) {

    public OrganisationUnit {
        path = List.copyOf(path);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** A unit whose departments are not configured. */
    public OrganisationUnit(String code, String name, List<String> path, ZoneId timeZone) {
        this(code, name, path, timeZone, List.of());
    }

    /** The department of this unit with this code; codes are compared ignoring case and surrounding blanks. */
    public Optional<OrganisationProperties.Department> department(String code) {
        return code == null ? Optional.empty() : departments.stream()
                .filter(department -> department.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
