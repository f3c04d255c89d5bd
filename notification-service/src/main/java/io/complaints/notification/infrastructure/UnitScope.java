package io.complaints.notification.infrastructure;

import org.springframework.stereotype.Component;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * The unit a caller asks about, in a list or the live feed: the one named, else their own. Only their
 * own unit or one below it (DOMAIN.md, "Organisation"); any other is refused with rule {@code unit-scope}.
 */
@Component
public class UnitScope {

    private final UnitDirectory units;

    public UnitScope(UnitDirectory units) {
        this.units = units;
    }

    public String unitFor(Actor caller, String named) {
        String unit = named == null ? caller.unit() : named;
        if (!Actor.UNIT.matcher(unit).matches()) {
            throw RulesViolatedException.ofField("unit", "Pattern", "must be a unit code (capitals, digits, -)");
        }
        if (!units.isWithin(unit, caller.unit())) {
            throw new NotPermittedException("unit-scope", "only the caller's own unit " + caller.unit()
                    + " and the units below it may be asked about");
        }
        return unit;
    }
}
