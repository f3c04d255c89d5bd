package io.complaints.analytics.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * One row of the complaint ledger (投诉台账), as {@link Ledger} stores it. Fields not yet known are
 * null; sets of event ids count what happened more than once.
 *
 * @param month       the month of receipt in the organisation's time zone, {@code yyyy-MM}
 * @param caseStatus  the case's status in handling; null until the case is opened
 * @param deadlines   the open time limits and when each is due
 * @param met         the time limits met; {@code missed} those missed
 * @param callbacks   by event id, each callback's satisfaction; {@code callbackTimeliness} its satisfaction
 *                    with timeliness and {@code callbackMethods} how the complainant was reached, where answered
 * @param description the registration form's words (as last amended), like {@code demand} and the
 *                    complained-about unit, department, person and product or service: personal data, read
 *                    by authorised roles only and never logged
 * @param findings    the last findings recorded; {@code remedy…}, corrective and preventive actions those
 *                    of the current remedy; {@code result} its execution's
 * @param remedyDueDate {@code yyyy-MM-dd}
 * @param timelinessSatisfaction the last callback's answers, with {@code callbackMethod} and {@code callbackComment}
 * @param visibleAt   when analytics first wrote the row
 */
public record LedgerRow(
        @Id String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        String month,
        String channel,
        String category,
        Integer intakeLevel,
        Integer triagedLevel,
        Boolean priority,
        List<String> prioritySources,
        Boolean repeat,
        String repeatOf,
        Integer groupSize,
        Boolean resolvedAtIntake,
        String caseStatus,
        Boolean withdrawn,
        Boolean invalid,
        String invalidReason,
        String responsibleDepartment,
        String handlerId,
        String holderUnit,
        Integer escalationLevel,
        String escalationReason,
        Boolean escalationsOpen,
        List<String> escalations,
        List<String> reopenings,
        List<String> declines,
        List<String> deemedApprovals,
        Map<String, String> callbacks,
        String satisfaction,
        String outcome,
        String causeCode,
        Integer remedyNumber,
        Boolean paused,
        Boolean takenOver,
        Map<String, Instant> deadlines,
        Map<String, Boolean> met,
        Map<String, Boolean> missed,
        Instant receivedAt,
        Instant caseOpenedAt,
        Instant triagedAt,
        Instant contactedAt,
        Instant findingsAt,
        Instant remedyProposedAt,
        Instant remedyApprovedAt,
        Instant remedyAcceptedAt,
        Instant remedyExecutedAt,
        Instant callbackInstructedAt,
        Instant firstCallbackAt,
        Instant explainedAt,
        Instant withdrawnAt,
        Instant firstEscalatedAt,
        Instant lastEscalatedAt,
        Instant closedAt,
        Instant visibleAt,
        Instant firstEventAt,
        Instant lastEventAt,
        String description,
        String demand,
        Instant occurredAt,
        String complainedAboutUnit,
        String complainedAboutDepartment,
        String complainedAboutPerson,
        String complainedAboutProductOrService,
        String findings,
        String remedyMeasures,
        String remedyResponsiblePerson,
        String remedyDueDate,
        String correctiveActions,
        String preventiveActions,
        String result,
        String invalidExplanation,
        String timelinessSatisfaction,
        String callbackMethod,
        String callbackComment,
        Map<String, String> callbackTimeliness,
        Map<String, String> callbackMethods) {

    /** The level triage confirmed, else the one intake registered. */
    public Integer level() {
        return triagedLevel != null ? triagedLevel : intakeLevel;
    }

    /** WITHDRAWN, the case's status, or RECEIVED before the case is opened. */
    public String status() {
        if (Boolean.TRUE.equals(withdrawn)) {
            return "WITHDRAWN";
        }
        return caseStatus != null ? caseStatus : "RECEIVED";
    }

    public boolean closed() {
        return "CLOSED".equals(caseStatus);
    }

    /** Missed a time limit, or is open past one now. */
    public boolean overdue(Instant now) {
        return missed != null && !missed.isEmpty()
                || !closed() && deadlines != null && deadlines.values().stream().anyMatch(now::isAfter);
    }

    public static int count(List<?> eventIds) {
        return eventIds == null ? 0 : eventIds.size();
    }
}
