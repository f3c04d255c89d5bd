package io.complaints.events;

/**
 * The complainant was called back (回访), with the answers of the callback form.
 *
 * @param satisfaction           overall satisfaction with the handling
 * @param timelinessSatisfaction satisfaction with how soon it was handled; null when not asked (older records)
 * @param method                 how the complainant was reached; null when not recorded (older records)
 */
public record CallbackCompleted(String complaintId, String agentId, String agentDepartment, Satisfaction satisfaction,
                                String comment, Satisfaction timelinessSatisfaction, CallbackMethod method) {

    /** Overall satisfaction only, as callbacks were recorded before the form asked more. */
    public CallbackCompleted(String complaintId, String agentId, String agentDepartment, Satisfaction satisfaction,
                             String comment) {
        this(complaintId, agentId, agentDepartment, satisfaction, comment, null, null);
    }
}
