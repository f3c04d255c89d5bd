package io.complaints.platform.organisation;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation tree (HQ, subsidiaries, branches) as configured.
 *
 * @param defaultTimeZone the time zone of a unit that names none
 */
@ConfigurationProperties("complaints.organisation")
public record OrganisationProperties(
        @DefaultValue("Asia/Shanghai") ZoneId defaultTimeZone,
        @DefaultValue List<Unit> units) {

    /**
     * @param code        unique code, e.g. {@code SH-PD}; prefixes the unit's registration numbers
     * @param parent      the code of the unit above, none for headquarters
     * @param timeZone    the zone whose date starts the unit's registration numbers
     * @param departments the unit's departments (部门): a case of the unit names its responsible department
     *                    and its handler's among them
     */
    public record Unit(String code, String name, String parent, ZoneId timeZone, List<Department> departments) {

        public Unit {
            departments = departments == null ? List.of() : List.copyOf(departments);
        }
    }

    /**
     * A department of a unit (DOMAIN.md, "Organisation").
     *
     * @param code   unique within its unit, e.g. {@code billing}; what cases, the ledger and the statistics
     *               record, so it never changes once used
     * @param nameZh its name in Chinese, e.g. 收费部; {@code nameEn} in English
     */
    public record Department(String code, String nameZh, String nameEn) {
    }
}
