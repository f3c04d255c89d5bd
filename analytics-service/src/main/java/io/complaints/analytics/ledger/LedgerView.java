package io.complaints.analytics.ledger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A ledger row as the API shows it: the facts, the status, each milestone's time, which time limits
 * were met or missed, and counts of what happened more than once.
 */
public record LedgerView(
        String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        String month,
        String channel,
        String category,
        Integer level,
        boolean priority,
        List<String> prioritySources,
        boolean repeat,
        String repeatOf,
        Integer groupSize,
        String status,
        String responsibleDepartment,
        String handlerId,
        String holderUnit,
        Integer escalationLevel,
        String escalationReason,
        boolean escalationsOpen,
        int escalations,
        int reopened,
        int remedyDeclines,
        boolean approvedBySilence,
        String causeCode,
        String satisfaction,
        String outcome,
        boolean overdue,
        Set<String> deadlinesMet,
        Set<String> deadlinesMissed,
        Map<String, Instant> openDeadlines,
        Map<String, Instant> milestones,
        Instant receivedAt,
        Instant caseOpenedAt,
        Instant closedAt,
        Instant visibleAt,
        Instant lastEventAt) {

    public static LedgerView of(LedgerRow row, Instant now) {
        Map<String, Instant> milestones = new LinkedHashMap<>();
        milestone(milestones, "received", row.receivedAt());
        milestone(milestones, "caseOpened", row.caseOpenedAt());
        milestone(milestones, "triaged", row.triagedAt());
        milestone(milestones, "contacted", row.contactedAt());
        milestone(milestones, "findings", row.findingsAt());
        milestone(milestones, "remedyProposed", row.remedyProposedAt());
        milestone(milestones, "remedyApproved", row.remedyApprovedAt());
        milestone(milestones, "remedyAccepted", row.remedyAcceptedAt());
        milestone(milestones, "remedyExecuted", row.remedyExecutedAt());
        milestone(milestones, "callbackInstructed", row.callbackInstructedAt());
        milestone(milestones, "calledBack", row.firstCallbackAt());
        milestone(milestones, "explained", row.explainedAt());
        milestone(milestones, "firstEscalated", row.firstEscalatedAt());
        milestone(milestones, "withdrawn", row.withdrawnAt());
        milestone(milestones, "closed", row.closedAt());
        return new LedgerView(row.complaintId(), row.registrationNumber(), row.unitCode(), row.unitPath(), row.month(),
                row.channel(), row.category(), row.level(), Boolean.TRUE.equals(row.priority()),
                row.prioritySources() == null ? List.of() : row.prioritySources(), Boolean.TRUE.equals(row.repeat()),
                row.repeatOf(), row.groupSize(), row.status(), row.responsibleDepartment(), row.handlerId(),
                row.holderUnit(), row.escalationLevel(), row.escalationReason(),
                Boolean.TRUE.equals(row.escalationsOpen()), LedgerRow.count(row.escalations()),
                LedgerRow.count(row.reopenings()), LedgerRow.count(row.declines()),
                LedgerRow.count(row.deemedApprovals()) > 0, row.causeCode(), row.satisfaction(), row.outcome(),
                row.overdue(now), keys(row.met()), keys(row.missed()),
                row.deadlines() == null ? Map.of() : row.deadlines(), milestones, row.receivedAt(), row.caseOpenedAt(),
                row.closedAt(), row.visibleAt(), row.lastEventAt());
    }

    private static void milestone(Map<String, Instant> milestones, String name, Instant at) {
        if (at != null) {
            milestones.put(name, at);
        }
    }

    private static Set<String> keys(Map<String, Boolean> flags) {
        return flags == null ? Set.of() : new TreeSet<>(flags.keySet());
    }
}
