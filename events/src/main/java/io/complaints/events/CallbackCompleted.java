package io.complaints.events;

/** The complainant was called back (回访). */
public record CallbackCompleted(String complaintId, String agentId, String agentDepartment, Satisfaction satisfaction,
                                String comment) {
}
