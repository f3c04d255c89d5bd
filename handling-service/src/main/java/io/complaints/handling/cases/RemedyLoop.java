package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import io.complaints.events.ActionCompleted;
import io.complaints.events.ActionOverdue;
import io.complaints.events.CaseStatus;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyAction;
import io.complaints.events.RemedyRejected;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * The remedy loop of a case (DOMAIN.md, "Lifecycle" 3-6): findings first, then the n-th remedy is
 * proposed, approved by leadership for level 1 and 2 (or deemed approved), offered, accepted or
 * declined (back to a new proposal), and executed.
 */
class RemedyLoop {

    /** Two remedies declined by the complainant escalate the case. */
    static final int DECLINES_THAT_ESCALATE = 2;

    private String caseId;
    private boolean findingsRecorded;
    private int remedyNumber;
    /** Who proposed the current remedy: never the one who approves it. */
    private String proposer;
    private int declines;
    private final Map<Integer, RemedyAction> actions = new HashMap<>();
    private final Set<Integer> completedActions = new HashSet<>();
    /** Whether leadership approved the current remedy, or it was deemed approved. */
    private boolean approved;

    /** A remedy ready to offer without leadership's approval: a raise to level 1 or 2 asks for it now. */
    boolean awaitsApprovalIfRaised(CaseStatus status) {
        return status == CaseStatus.REMEDY_READY && !approved;
    }

    /** What the investigation found, with its cause from the catalogue. */
    void recordFindings(RecordFindings command, CauseCatalogue causes) {
        if (!causes.contains(command.causeCode())) {
            throw RulesViolatedException.ofField("causeCode", "cause-catalogue", "must be a cause of the catalogue");
        }
        apply(new FindingsRecorded(caseId, command.findings(), command.causeCode()),
                CaseMetaData.of(command.actor(), null));
    }

    /** The next remedy; level 1 and 2 need approval, whose limit starts now. */
    void propose(ProposeRemedy command, int level, CaseDeadlines.Keeper deadlines, Instant now) {
        if (!findingsRecorded) {
            throw RulesViolatedException.ofRule("findings-first", "record the investigation's findings before a remedy");
        }
        boolean approvalRequired = level <= 2;
        List<RemedyAction> numbered = new ArrayList<>();
        for (RemedyAction action : command.actions()) {
            numbered.add(new RemedyAction(numbered.size() + 1, action.kind(), action.description(), action.owner(),
                    action.dueDate()));
        }
        apply(new RemedyProposed(caseId, remedyNumber + 1, command.measures(), command.responsiblePerson(),
                command.dueDate(), command.correctiveActions(), command.preventiveActions(), approvalRequired, null,
                numbered), CaseMetaData.of(command.actor(), null));
        if (approvalRequired) {
            deadlines.set(TimeLimit.APPROVAL, now);
        }
        numbered.forEach(action -> deadlines.followUp(new ActionDue(remedyNumber, action.number()),
                action.dueDate()));
    }

    /** An action of the current remedy was done; each is done once. */
    void completeAction(int actionNumber, String result, Actor actor, Instant now) {
        if (!actions.containsKey(actionNumber)) {
            throw RulesViolatedException.ofField("actionNumber", "known-action",
                    "the current remedy has no action " + actionNumber);
        }
        if (completedActions.contains(actionNumber)) {
            throw RulesViolatedException.ofRule("action-open", "action " + actionNumber + " is done already");
        }
        apply(new ActionCompleted(caseId, remedyNumber, actionNumber, result, now), CaseMetaData.of(actor, null));
    }

    /** An action not done by its due date: its owner is reminded (催办); a later remedy's or a done one is not. */
    void actionFellDue(ActionDue due, Actor system) {
        RemedyAction action = actions.get(due.actionNumber());
        if (due.remedyNumber() == remedyNumber && action != null && !completedActions.contains(due.actionNumber())) {
            apply(new ActionOverdue(caseId, remedyNumber, action.number(), action.owner(), action.dueDate()),
                    CaseMetaData.of(system, null));
        }
    }

    void approve(String comment, Actor approver, CaseDeadlines.Keeper deadlines) {
        SeparationOfDuties.fourEyes(approver, proposer);
        deadlines.meet(TimeLimit.APPROVAL);
        apply(new RemedyApproved(caseId, remedyNumber, false, comment), CaseMetaData.of(approver, null));
    }

    /** No decision within the approval limit counts as approval (视为已批准), recorded as such. */
    void deemApproved(Actor system) {
        apply(new RemedyApproved(caseId, remedyNumber, true, null), CaseMetaData.of(system, "deemed approved (视为已批准)"));
    }

    void reject(String reason, Actor approver, CaseDeadlines.Keeper deadlines) {
        deadlines.meet(TimeLimit.APPROVAL);
        apply(new RemedyRejected(caseId, remedyNumber, reason), CaseMetaData.of(approver, reason));
    }

    void offer(Actor actor) {
        apply(new RemedyOffered(caseId, remedyNumber), CaseMetaData.of(actor, null));
    }

    /**
     * The complainant's answer: accepted settles the case's limit; declined goes back to a new proposal.
     *
     * @return whether this decline is the one that escalates the case
     */
    boolean decide(boolean accepted, String reason, Actor actor, CaseDeadlines.Keeper deadlines) {
        if (accepted) {
            apply(new RemedyAccepted(caseId, remedyNumber), CaseMetaData.of(actor, null));
            deadlines.meet(TimeLimit.SETTLE);
            return false;
        }
        apply(new RemedyDeclined(caseId, remedyNumber, reason, declines + 1), CaseMetaData.of(actor, reason));
        return declines == DECLINES_THAT_ESCALATE;
    }

    void execute(String result, Actor actor) {
        apply(new RemedyExecuted(caseId, remedyNumber, result), CaseMetaData.of(actor, null));
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(FindingsRecorded event) {
        findingsRecorded = true;
    }

    @EventSourcingHandler
    void on(RemedyProposed event, @MetaDataValue(CaseMetaData.ACTOR_ID) String proposedBy) {
        remedyNumber = event.remedyNumber();
        proposer = proposedBy;
        approved = false;
        actions.clear();
        completedActions.clear();
        event.actions().forEach(action -> actions.put(action.number(), action));
    }

    @EventSourcingHandler
    void on(ActionCompleted event) {
        completedActions.add(event.actionNumber());
    }

    @EventSourcingHandler
    void on(RemedyApproved event) {
        approved = true;
    }

    @EventSourcingHandler
    void on(RemedyDeclined event) {
        declines = event.declinedSoFar();
    }
}
