package io.complaints.events;

/** HQ took the case over from the unit that had it. */
public record CaseTakenOver(String complaintId, UnitRef fromUnit, UnitRef toUnit) {
}
