package io.complaints.events;

/** Someone outside the responsible department is to call the complainant back. */
public record CallbackInstructed(String complaintId, String responsibleDepartment) {
}
