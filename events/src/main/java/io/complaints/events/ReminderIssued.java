package io.complaints.events;

/** A reminder (催办) to the one who owns the missed time limit. */
public record ReminderIssued(String complaintId, TimeLimit limit, UnitRef ownerUnit, String ownerDepartment,
                             String handlerId) {
}
