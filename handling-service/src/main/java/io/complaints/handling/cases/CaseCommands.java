package io.complaints.handling.cases;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.events.InvalidityReason;
import io.complaints.events.Satisfaction;
import io.complaints.platform.Actor;

/** What can be asked of a case after it was opened; each names the case and who asks. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Confirm the level and name the responsible department. */
    public record TriageCase(@TargetAggregateIdentifier String caseId, int level, String responsibleDepartment,
                             Actor actor) {
    }

    /**
     * Give the case to a handler; refused for one with a conflict of interest (回避): the person complained
     * about or someone related to them.
     */
    public record AssignHandler(@TargetAggregateIdentifier String caseId, String handlerId, String handlerName,
                                String handlerDepartment, String reason, Actor actor) {

        /** The first assignment: no handler is replaced, so no reason is asked. */
        public AssignHandler(String caseId, String handlerId, String handlerName, String handlerDepartment,
                             Actor actor) {
            this(caseId, handlerId, handlerName, handlerDepartment, null, actor);
        }
    }

    /**
     * Correct triage while the case is open: level and responsible department, and an invalid complaint
     * found valid after all ({@code valid} true; null or false leaves validity as it is), with the reason.
     */
    public record RetriageCase(@TargetAggregateIdentifier String caseId, int level, String responsibleDepartment,
                               Boolean valid, String reason, Actor actor) {
    }

    /** Intake corrected the complaint's facts (ComplaintAmended): what the case knows of them follows. */
    public record AmendIntakeFacts(@TargetAggregateIdentifier String caseId, int level,
                                   java.util.List<io.complaints.events.PrioritySource> prioritySources,
                                   String complainedAboutDepartment, String complainedAboutPerson, String reason,
                                   Actor actor) {
    }

    /** The responsible department has contacted the complainant. */
    public record RecordContact(@TargetAggregateIdentifier String caseId, String note, Actor actor) {
    }

    /** What the investigation found, and its cause from the cause catalogue. */
    public record RecordFindings(@TargetAggregateIdentifier String caseId, String findings, String causeCode,
                                 Actor actor) {
    }

    /** The complaint is invalid, for a reason of DOMAIN.md's list; no callback follows. */
    public record MarkInvalid(@TargetAggregateIdentifier String caseId, InvalidityReason reason, String explanation,
                              Actor actor) {
    }

    /** The complainant was given the explanation of an invalid complaint; the case closes. */
    public record ExplainInvalidity(@TargetAggregateIdentifier String caseId, Actor actor) {
    }

    /** A remedy, with its corrective and preventive actions to follow up (numbered by the case, from 1). */
    public record ProposeRemedy(@TargetAggregateIdentifier String caseId, String measures, String responsiblePerson,
                                LocalDate dueDate, String correctiveActions, String preventiveActions,
                                java.util.List<io.complaints.events.RemedyAction> actions, Actor actor) {

        public ProposeRemedy {
            actions = actions == null ? java.util.List.of() : java.util.List.copyOf(actions);
        }

        /** Without actions to follow up. */
        public ProposeRemedy(String caseId, String measures, String responsiblePerson, LocalDate dueDate,
                             String correctiveActions, String preventiveActions, Actor actor) {
            this(caseId, measures, responsiblePerson, dueDate, correctiveActions, preventiveActions, null, actor);
        }
    }

    /** An action of the current remedy was done (纠正/预防措施的完成), with its result. */
    public record CompleteAction(@TargetAggregateIdentifier String caseId, int actionNumber, String result,
                                 Actor actor) {
    }

    public record ApproveRemedy(@TargetAggregateIdentifier String caseId, String comment, Actor actor) {
    }

    public record RejectRemedy(@TargetAggregateIdentifier String caseId, String reason, Actor actor) {
    }

    public record OfferRemedy(@TargetAggregateIdentifier String caseId, Actor actor) {
    }

    /** The complainant's answer to the offered remedy; a declined one goes back to a new proposal. */
    public record RecordDecision(@TargetAggregateIdentifier String caseId, boolean accepted, String reason,
                                 Actor actor) {
    }

    public record RecordExecution(@TargetAggregateIdentifier String caseId, String result, Actor actor) {
    }

    public record InstructCallback(@TargetAggregateIdentifier String caseId, Actor actor) {
    }

    /** The callback was made; dissatisfied reopens the case with the comment as its reason. */
    public record CompleteCallback(@TargetAggregateIdentifier String caseId, Satisfaction satisfaction, String comment,
                                   Satisfaction timelinessSatisfaction, io.complaints.events.CallbackMethod method,
                                   Actor actor) {

        /** Overall satisfaction only. */
        public CompleteCallback(String caseId, Satisfaction satisfaction, String comment, Actor actor) {
            this(caseId, satisfaction, comment, null, null, actor);
        }
    }

    /**
     * The effectiveness review of a level-1 or level-2 complaint closed as resolved: whether its corrective and
     * preventive actions worked, with what the review found.
     */
    public record ReviewEffectiveness(@TargetAggregateIdentifier String caseId,
                                      io.complaints.events.EffectivenessReviewed.ReviewOutcome outcome, String note,
                                      Actor actor) {
    }

    /** Escalate one level up by hand, with the reason. */
    public record EscalateCase(@TargetAggregateIdentifier String caseId, String note, Actor actor) {
    }

    /** HQ takes the case over from the unit that holds it. */
    public record TakeOverCase(@TargetAggregateIdentifier String caseId, Actor actor) {
    }

    /** The complainant withdrew the complaint at intake: the case closes, whatever step it was at. */
    public record CloseWithdrawnCase(@TargetAggregateIdentifier String caseId, String reason, Actor actor) {
    }

    /** Stop the deadline clock while waiting on the complainant. */
    public record PauseClock(@TargetAggregateIdentifier String caseId, String reason, Actor actor) {
    }

    public record ResumeClock(@TargetAggregateIdentifier String caseId, Actor actor) {
    }
}
