package io.complaints.handling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.test.context.TestComponent;

import io.complaints.events.InvalidityReason;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.InstructCallback;
import io.complaints.handling.cases.CaseCommands.MarkInvalid;
import io.complaints.handling.cases.CaseCommands.OfferRemedy;
import io.complaints.handling.cases.CaseCommands.PauseClock;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.handling.cases.CaseCommands.RecordExecution;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.handling.cases.OpenCase;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;

/**
 * Brings a new case of a branch to a step of its lifecycle through the command gateway, acted by the
 * sample people: its coordinator triages and assigns, the given handler investigates and proposes,
 * the subsidiary's approver approves. The complaint is about the sales department (so that the
 * billing handlers have no conflict of interest); billing is responsible.
 */
@TestComponent
public class CaseDriver {

    public static final String RESPONSIBLE = "billing";

    /** Where a case is; each step needs the ones before it (INVALID and PAUSED branch off INVESTIGATING). */
    public enum Stage {
        AWAITING_TRIAGE, INVESTIGATING, ASSIGNED, WITH_FINDINGS, AWAITING_APPROVAL, REMEDY_READY, OFFERED, ACCEPTED,
        EXECUTED, CALLBACK_DUE, INVALID, PAUSED,
        /** A level-2 case closed as resolved (its remedy approved, its callback satisfied): its review is due. */
        REVIEW_DUE
    }

    private final CommandGateway commands;

    CaseDriver(CommandGateway commands) {
        this.commands = commands;
    }

    public static String idOf(Role role, String unit) {
        String who = switch (role) {
            case INTAKE_AGENT -> "agent";
            case CALLBACK_AGENT -> "callback";
            case HQ_SUPERVISOR -> "supervisor";
            default -> role.name().toLowerCase(Locale.ROOT);
        };
        return who + "." + unit.toLowerCase(Locale.ROOT).replace("-", "");
    }

    public static String departmentOf(Role role) {
        return switch (role) {
            case HANDLER -> "billing";
            case CALLBACK_AGENT -> "service";
            default -> "office";
        };
    }

    public static Actor person(Role role, String unit) {
        return new Actor(idOf(role, unit), unit, role, departmentOf(role));
    }

    public static UnitRef branch(String code) {
        return new UnitRef(code, List.of("HQ", code.substring(0, code.indexOf('-')), code));
    }

    /** A new case of the branch at this stage, investigated by the branch's own handler. */
    public String caseAt(Stage stage, String branch) {
        return caseAt(stage, branch, person(Role.HANDLER, branch));
    }

    /** A new case of the branch at this stage; the handler assigned is {@code handler}. */
    public String caseAt(Stage stage, String branch, Actor handler) {
        if (stage == Stage.REVIEW_DUE) {
            return reviewDue(branch, handler);
        }
        String id = UUID.randomUUID().toString();
        boolean approval = stage == Stage.AWAITING_APPROVAL;
        int level = approval ? 2 : 3;
        Actor coordinator = person(Role.COORDINATOR, branch);
        commands.sendAndWait(new OpenCase(id, branch + "-" + id.substring(0, 8), branch(branch), level, List.of(),
                "sales", "Wang Wei", Instant.now(), Actor.system(branch)));
        if (stage == Stage.AWAITING_TRIAGE) {
            return id;
        }
        commands.sendAndWait(new TriageCase(id, level, RESPONSIBLE, coordinator));
        if (stage == Stage.INVALID) {
            commands.sendAndWait(new MarkInvalid(id, InvalidityReason.MISUNDERSTANDING, "the tariff changed by law",
                    coordinator));
        } else if (stage == Stage.PAUSED) {
            commands.sendAndWait(new PauseClock(id, "waiting for the invoices", coordinator));
        }
        if (stage.ordinal() < Stage.ASSIGNED.ordinal() || stage.ordinal() > Stage.CALLBACK_DUE.ordinal()) {
            return id;
        }
        commands.sendAndWait(new AssignHandler(id, handler.id(), "Zhao Min", handler.department(), coordinator));
        then(stage, Stage.WITH_FINDINGS, new RecordFindings(id, "meter misread", "METER-READING", handler));
        then(stage, Stage.AWAITING_APPROVAL, new ProposeRemedy(id, "correct the bill", handler.id(),
                LocalDate.now().plusDays(3), null, null, List.of(new io.complaints.events.RemedyAction(1,
                io.complaints.events.RemedyAction.ActionKind.PREVENTIVE, "re-train the meter readers", handler.id(),
                LocalDate.now().plusDays(30))), handler));
        if (approval) {
            return id;
        }
        then(stage, Stage.OFFERED, new OfferRemedy(id, handler));
        then(stage, Stage.ACCEPTED, new RecordDecision(id, true, null, handler));
        then(stage, Stage.EXECUTED, new RecordExecution(id, "bill corrected", handler));
        then(stage, Stage.CALLBACK_DUE, new InstructCallback(id, coordinator));
        return id;
    }

    /** A level-2 case approved by its subsidiary, carried out, called back satisfied and closed. */
    private String reviewDue(String branch, Actor handler) {
        String id = caseAt(Stage.AWAITING_APPROVAL, branch, handler);
        approve(id, branch.substring(0, branch.indexOf('-')));
        commands.sendAndWait(new OfferRemedy(id, handler));
        commands.sendAndWait(new RecordDecision(id, true, null, handler));
        commands.sendAndWait(new RecordExecution(id, "bill corrected", handler));
        commands.sendAndWait(new InstructCallback(id, person(Role.COORDINATOR, branch)));
        commands.sendAndWait(new io.complaints.handling.cases.CaseCommands.CompleteCallback(id,
                io.complaints.events.Satisfaction.SATISFIED, "quick", person(Role.CALLBACK_AGENT, branch)));
        return id;
    }

    /** Approves the case's remedy, as the subsidiary's approver. */
    public void approve(String caseId, String subsidiary) {
        commands.sendAndWait(new ApproveRemedy(caseId, "agreed", person(Role.APPROVER, subsidiary)));
    }

    private void then(Stage wanted, Stage step, Object command) {
        if (wanted.ordinal() >= step.ordinal()) {
            commands.sendAndWait(command);
        }
    }
}
