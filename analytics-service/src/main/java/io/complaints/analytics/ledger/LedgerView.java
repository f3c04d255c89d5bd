package io.complaints.analytics.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A ledger row as the API shows it: the facts, the status, each milestone's time, which time limits
 * were met or missed, counts of what happened more than once, and the words of the registration form,
 * the findings, the remedy, its result, the invalidity and the callback's answers (personal data: for the
 * authorised roles that read the ledger only).
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
        Instant lastEventAt,
        RegistrationForm registration,
        String findings,
        Remedy remedy,
        String result,
        Invalidity invalidity,
        Callback callback) {

    /**
     * The registration form's words (投诉登记表), as last amended.
     *
     * @param complainedAbout the unit, department, person and product or service complained about; null when none
     */
    public record RegistrationForm(String description, String demand, Instant occurredAt,
                                   ComplainedAbout complainedAbout) {
    }

    /** The unit, department, person and product or service complained about. */
    public record ComplainedAbout(String unitCode, String department, String person, String productOrService) {
    }

    /** The current remedy (整改措施) and its corrective and preventive actions. */
    public record Remedy(Integer number, String measures, String responsiblePerson, LocalDate dueDate,
                         String correctiveActions, String preventiveActions) {
    }

    /**
     * Why the complaint is invalid (a reason of the list) and the explanation the complainant is given; none
     * for a valid complaint, one found valid again by re-triage included.
     */
    public record Invalidity(String reason, String explanation) {
    }

    /**
     * The answers of the last callback (回访): satisfaction overall (also {@code satisfaction} of the row) and
     * with timeliness, how the complainant was reached, and the comment.
     */
    public record Callback(String satisfaction, String timelinessSatisfaction, String method, String comment) {
    }

    public static LedgerView of(LedgerRow row, Instant now) {
        return of(row, now, java.util.function.UnaryOperator.identity());
    }

    /** The view of a row whose complainant's texts are shown through {@code texts} (see {@link LedgerTexts}). */
    public static LedgerView of(LedgerRow row, Instant now, java.util.function.UnaryOperator<String> texts) {
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
                row.closedAt(), row.visibleAt(), row.lastEventAt(), registration(row, texts), row.findings(), remedy(row),
                row.result(), Boolean.TRUE.equals(row.invalid())
                        ? new Invalidity(row.invalidReason(), row.invalidExplanation()) : null,
                row.satisfaction() == null ? null : new Callback(row.satisfaction(), row.timelinessSatisfaction(),
                        row.callbackMethod(), row.callbackComment()));
    }

    private static RegistrationForm registration(LedgerRow row, java.util.function.UnaryOperator<String> texts) {
        boolean about = row.complainedAboutUnit() != null || row.complainedAboutDepartment() != null
                || row.complainedAboutPerson() != null || row.complainedAboutProductOrService() != null;
        return new RegistrationForm(texts.apply(row.description()), texts.apply(row.demand()), row.occurredAt(), about
                ? new ComplainedAbout(row.complainedAboutUnit(), row.complainedAboutDepartment(),
                row.complainedAboutPerson(), row.complainedAboutProductOrService()) : null);
    }

    private static Remedy remedy(LedgerRow row) {
        return row.remedyNumber() == null ? null : new Remedy(row.remedyNumber(), row.remedyMeasures(),
                row.remedyResponsiblePerson(), row.remedyDueDate() == null ? null : LocalDate.parse(row.remedyDueDate()),
                row.correctiveActions(), row.preventiveActions());
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
