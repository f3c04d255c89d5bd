package io.complaints.handling.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.HandlerAssigned;
import io.complaints.handling.cases.CaseCommands.AmendIntakeFacts;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.platform.RulesViolatedException;

/**
 * Who answers for a case (DOMAIN.md, "Lifecycle" 1-2): its level, the responsible department named at
 * triage, and the handler assigned, who must have no conflict of interest ({@link Recusal}).
 */
class CaseResponsibility {

    private String caseId;
    private int level;
    /** The department complained about: usually the one that investigates; the matter's department at intake. */
    private String complainedAboutDepartment;
    private String complainedAboutPerson;
    private String responsibleDepartment;
    private String handlerId;
    private java.util.List<io.complaints.events.PrioritySource> prioritySources = java.util.List.of();
    /** Everyone who handled the case, the one replaced included: none of them makes the callback. */
    private final Set<String> handlers = new HashSet<>();

    int level() {
        return level;
    }

    String responsibleDepartment() {
        return responsibleDepartment;
    }

    String handlerId() {
        return handlerId;
    }

    Set<String> handlers() {
        return Set.copyOf(handlers);
    }

    /** A handler replaced is replaced for a reason, kept with the assignment. */
    void assign(AssignHandler command, String handlerDepartment, Recusal recusal) {
        recusal.check(command.handlerId(), command.handlerName(), complainedAboutPerson);
        if (command.handlerId().equals(handlerId)) {
            throw RulesViolatedException.ofRule("already-assigned", "the case is already with this handler");
        }
        boolean reassigned = handlerId != null;
        if (reassigned && (command.reason() == null || command.reason().isBlank())) {
            throw RulesViolatedException.ofField("reason", "reason-to-reassign",
                    "the case has a handler; say why another takes it over");
        }
        apply(new HandlerAssigned(caseId, command.handlerId(), handlerDepartment, handlerId),
                CaseMetaData.of(command.actor(), reassigned ? command.reason() : null));
    }

    /**
     * Intake amended the complaint: the case follows its facts, and its level until triage confirmed one.
     * An amendment that leaves them as they are changes nothing.
     */
    void amend(AmendIntakeFacts command, boolean triaged) {
        var amended = new IntakeFactsAmended(caseId, triaged ? level : command.level(), command.prioritySources(),
                command.complainedAboutDepartment(), command.complainedAboutPerson());
        if (!sameIntakeFacts(amended)) {
            apply(amended, CaseMetaData.of(command.actor(), command.reason()));
        }
    }

    private boolean sameIntakeFacts(IntakeFactsAmended amended) {
        return amended.level() == level && java.util.Objects.equals(amended.complainedAboutDepartment(),
                complainedAboutDepartment) && java.util.Objects.equals(amended.complainedAboutPerson(),
                complainedAboutPerson) && amended.prioritySources().equals(prioritySources);
    }

    // ---- state, rebuilt from the events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        level = event.level();
        complainedAboutDepartment = event.complainedAboutDepartment();
        complainedAboutPerson = event.complainedAboutPerson();
        prioritySources = event.prioritySources();
        if (event.resolvedAtIntake() != null) {
            // settled on the spot: the agent who settled it handled it, for the matter's department
            responsibleDepartment = complainedAboutDepartment;
            handlerId = event.resolvedAtIntake().resolvedBy();
            handlers.add(handlerId);
        }
    }

    @EventSourcingHandler
    void on(CaseTriaged event) {
        level = event.level();
        responsibleDepartment = event.responsibleDepartment();
    }

    @EventSourcingHandler
    void on(CaseRetriaged event) {
        level = event.level();
        responsibleDepartment = event.responsibleDepartment();
    }

    @EventSourcingHandler
    void on(IntakeFactsAmended event) {
        level = event.level();
        prioritySources = event.prioritySources();
        complainedAboutDepartment = event.complainedAboutDepartment();
        complainedAboutPerson = event.complainedAboutPerson();
    }

    @EventSourcingHandler
    void on(HandlerAssigned event) {
        handlerId = event.handlerId();
        handlers.add(handlerId);
    }
}
