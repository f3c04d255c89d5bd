package io.complaints.events;

import java.time.Instant;

/**
 * Triage was corrected while the case is open: its level, its responsible department, or an invalid
 * complaint found valid after all. A raise to level 1 or 2 brings approval and escalation as at triage.
 *
 * @param valid  whether the complaint is valid after the correction
 * @param reason why triage was corrected
 * @param status where the case stands after it
 */
public record CaseRetriaged(String complaintId, int previousLevel, int level, String previousResponsibleDepartment,
                            String responsibleDepartment, boolean valid, String reason, Instant retriagedAt,
                            CaseStatus status) {
}
