package io.complaints.events;

import java.util.List;

/**
 * An organisation unit as events carry it.
 *
 * @param code the unit's code, e.g. {@code SH-PD}
 * @param path codes from headquarters down to this unit, e.g. {@code [HQ, SH, SH-PD]}
 */
public record UnitRef(String code, List<String> path) {

    public UnitRef {
        path = List.copyOf(path);
    }
}
