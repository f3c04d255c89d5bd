package io.complaints.notification.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.complaints.events.EscalationReason;
import io.complaints.events.TimeLimit;
import io.complaints.notification.rules.EventCatalogue.Fact;

/**
 * When a rule applies; every condition given must hold, an absent one holds always.
 *
 * @param levels           the complaint's level is one of these (1 major … 4 minor)
 * @param priority         handled with priority (优先处理), or not (ComplaintReceived)
 * @param targetLevels     an escalation or takeover went to a unit of these levels (Escalated, CaseTakenOver)
 * @param reasons          the escalation's reason is one of these (Escalated)
 * @param limits           the time limit is one of these (ReminderIssued, DeadlineMissed)
 * @param approvalRequired the remedy awaits leadership's approval, or not (RemedyProposed)
 */
public record Conditions(Set<Integer> levels, Boolean priority, Set<UnitLevel> targetLevels,
                         Set<EscalationReason> reasons, Set<TimeLimit> limits, Boolean approvalRequired) {

    public static final Conditions ALWAYS = new Conditions(null, null, null, null, null, null);

    public Conditions {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        targetLevels = targetLevels == null ? Set.of() : Set.copyOf(targetLevels);
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        limits = limits == null ? Set.of() : Set.copyOf(limits);
        if (!levels.stream().allMatch(level -> level >= 1 && level <= 4)) {
            throw new IllegalArgumentException("levels are 1 (major) to 4 (minor), not " + levels);
        }
    }

    boolean holdFor(Occurrence occurrence) {
        return (levels.isEmpty() || occurrence.level() != null && levels.contains(occurrence.level()))
                && (priority == null || priority.equals(occurrence.priority()))
                && (targetLevels.isEmpty() || occurrence.target() != null
                        && targetLevels.contains(UnitLevel.of(occurrence.target())))
                && (reasons.isEmpty() || reasons.contains(occurrence.reason()))
                && (limits.isEmpty() || limits.contains(occurrence.limit()))
                && (approvalRequired == null || approvalRequired.equals(occurrence.approvalRequired()));
    }

    /** The conditions given that an event of this type cannot answer. */
    List<String> unanswerableBy(String event) {
        List<String> unanswerable = new ArrayList<>();
        check(unanswerable, priority != null, "priority", event, Fact.PRIORITY);
        check(unanswerable, !targetLevels.isEmpty(), "target-levels", event, Fact.TARGET);
        check(unanswerable, !reasons.isEmpty(), "reasons", event, Fact.REASON);
        check(unanswerable, !limits.isEmpty(), "limits", event, Fact.LIMIT);
        check(unanswerable, approvalRequired != null, "approval-required", event, Fact.APPROVAL_REQUIRED);
        return unanswerable;
    }

    private static void check(List<String> unanswerable, boolean given, String condition, String event, Fact fact) {
        if (given && !EventCatalogue.carries(event, fact)) {
            unanswerable.add(condition + " (only " + EventCatalogue.carriersOf(fact) + " carry it)");
        }
    }
}
