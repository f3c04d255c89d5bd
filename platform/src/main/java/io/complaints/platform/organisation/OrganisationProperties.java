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
     * @param code     unique code, e.g. {@code SH-PD}; prefixes the unit's registration numbers
     * @param parent   the code of the unit above, none for headquarters
     * @param timeZone the zone whose date starts the unit's registration numbers
     */
    public record Unit(String code, String name, String parent, ZoneId timeZone) {
    }
}
