package io.complaints.handling.worklist;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.complaints.events.TimeLimit;
import io.complaints.events.CaseStatus;

/**
 * Where a case stands: its status, who holds it, its open time limits.
 *
 * @param holderUnit      the unit the case is with now: the receiving unit, or one above it after an
 *                        escalation or HQ's takeover
 * @param deadlines       the open time limits and when each is due
 * @param deadlinesMissed how many time limits the case has missed so far
 */
public record CaseView(
        String caseId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        String holderUnit,
        int level,
        boolean priority,
        CaseStatus status,
        String responsibleDepartment,
        String handlerId,
        int remedyNumber,
        boolean paused,
        boolean escalationsOpen,
        int deadlinesMissed,
        Map<TimeLimit, Instant> deadlines,
        Instant nextDue,
        Instant openedAt,
        Instant updatedAt,
        Instant closedAt,
        String outcome,
        String satisfaction) {
}
