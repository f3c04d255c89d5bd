package io.complaints.handling.cases;

import static io.complaints.platform.text.Texts.clean;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.handling.cases.CaseCommands.ApproveRemedy;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.EscalateCase;
import io.complaints.handling.cases.CaseCommands.ExplainInvalidity;
import io.complaints.handling.cases.CaseCommands.InstructCallback;
import io.complaints.handling.cases.CaseCommands.MarkInvalid;
import io.complaints.handling.cases.CaseCommands.OfferRemedy;
import io.complaints.handling.cases.CaseCommands.PauseClock;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordContact;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.handling.cases.CaseCommands.RecordExecution;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.handling.cases.CaseCommands.RejectRemedy;
import io.complaints.handling.cases.CaseCommands.ResumeClock;
import io.complaints.handling.cases.CaseCommands.TakeOverCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The REST edge of a case's lifecycle: one POST per step, each answered 204 once the case recorded
 * it (read the case or its history after), or with problem+json: 400 a malformed body, 403 an actor
 * whose role, unit or department may not do it, 404 no such case, 409 a step out of turn or a rule
 * of the case broken.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Case lifecycle", description = "triage to callback (DOMAIN.md, \"Lifecycle\")")
class CaseController {

    private final CommandGateway commands;

    CaseController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/triage")
    @Operation(summary = "Confirm the level and name the responsible department (coordinator)")
    ResponseEntity<Void> triage(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Triage body, Actor actor) {
        return send(new TriageCase(caseId, body.level(), body.responsibleDepartment(), actor));
    }

    @PostMapping("/assignment")
    @Operation(summary = "Assign the handler; refused for one with a conflict of interest (coordinator)")
    ResponseEntity<Void> assign(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Assignment body,
                                Actor actor) {
        return send(new AssignHandler(caseId, body.handlerId(), clean(body.handlerName()), body.handlerDepartment(),
                clean(body.reason()), actor));
    }

    @PostMapping("/retriage")
    @Operation(summary = "Correct triage while the case is open: level, department, validity, with the reason "
            + "(coordinator)")
    ResponseEntity<Void> retriage(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Retriage body,
                                  Actor actor) {
        return send(new CaseCommands.RetriageCase(caseId, body.level(), body.responsibleDepartment(), body.valid(),
                clean(body.reason()), actor));
    }

    @PostMapping("/contact")
    @Operation(summary = "The complainant was contacted (handler)")
    ResponseEntity<Void> contact(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Contact body,
                                 Actor actor) {
        return send(new RecordContact(caseId, clean(body.note()), actor));
    }

    @PostMapping("/findings")
    @Operation(summary = "Record the investigation's findings and their cause from the catalogue (handler)")
    ResponseEntity<Void> findings(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Findings body,
                                  Actor actor) {
        return send(new RecordFindings(caseId, clean(body.findings()), body.causeCode(), actor));
    }

    @PostMapping("/invalidity")
    @Operation(summary = "Mark the complaint invalid with a reason of the list and an explanation (coordinator)")
    ResponseEntity<Void> markInvalid(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Invalidity body,
                                     Actor actor) {
        return send(new MarkInvalid(caseId, body.reason(), clean(body.explanation()), actor));
    }

    @PostMapping("/invalidity/explanation")
    @Operation(summary = "The complainant was given the explanation; the invalid case closes")
    ResponseEntity<Void> explain(@PathVariable String caseId, Actor actor) {
        return send(new ExplainInvalidity(caseId, actor));
    }

    @PostMapping("/remedies")
    @Operation(summary = "Propose a remedy; levels 1 and 2 then await approval (handler)")
    ResponseEntity<Void> propose(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Remedy body,
                                 Actor actor) {
        var actions = body.actions() == null ? java.util.List.<io.complaints.events.RemedyAction>of()
                : body.actions().stream().map(action -> new io.complaints.events.RemedyAction(0, action.kind(),
                        clean(action.description()), action.owner(), action.dueDate())).toList();
        return send(new ProposeRemedy(caseId, clean(body.measures()), clean(body.responsiblePerson()), body.dueDate(),
                clean(body.correctiveActions()), clean(body.preventiveActions()), actions, actor));
    }

    @PostMapping("/actions/{actionNumber}/completion")
    @Operation(summary = "An action of the remedy was done, with its result (handler)")
    ResponseEntity<Void> completeAction(@PathVariable String caseId, @PathVariable int actionNumber,
                                        @Valid @RequestBody CaseRequests.ActionCompletion body, Actor actor) {
        return send(new CaseCommands.CompleteAction(caseId, actionNumber, clean(body.result()), actor));
    }

    @PostMapping("/remedy/approval")
    @Operation(summary = "Approve the remedy (approver of the case's unit or above)")
    ResponseEntity<Void> approve(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Approval body,
                                 Actor actor) {
        return send(new ApproveRemedy(caseId, clean(body.comment()), actor));
    }

    @PostMapping("/remedy/rejection")
    @Operation(summary = "Reject the remedy; a new one is to be proposed (approver)")
    ResponseEntity<Void> reject(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Rejection body,
                                Actor actor) {
        return send(new RejectRemedy(caseId, clean(body.reason()), actor));
    }

    @PostMapping("/remedy/offer")
    @Operation(summary = "The remedy was offered to the complainant (handler)")
    ResponseEntity<Void> offer(@PathVariable String caseId, Actor actor) {
        return send(new OfferRemedy(caseId, actor));
    }

    @PostMapping("/remedy/decision")
    @Operation(summary = "The complainant accepted, or declined with a reason (handler)")
    ResponseEntity<Void> decide(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Decision body,
                                Actor actor) {
        String reason = clean(body.reason());
        if (!body.accepted() && reason == null) {
            throw RulesViolatedException.ofField("reason", "NotNull",
                    "a declined remedy needs the complainant's reason");
        }
        return send(new RecordDecision(caseId, body.accepted(), reason, actor));
    }

    @PostMapping("/remedy/execution")
    @Operation(summary = "The remedy was carried out, with its result (handler)")
    ResponseEntity<Void> execute(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Execution body,
                                 Actor actor) {
        return send(new RecordExecution(caseId, clean(body.result()), actor));
    }

    @PostMapping("/callback/instruction")
    @Operation(summary = "Instruct the callback (coordinator)")
    ResponseEntity<Void> instructCallback(@PathVariable String caseId, Actor actor) {
        return send(new InstructCallback(caseId, actor));
    }

    @PostMapping("/callback")
    @Operation(summary = "The complainant was called back by someone outside the responsible department")
    ResponseEntity<Void> callback(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Callback body,
                                  Actor actor) {
        return send(new CompleteCallback(caseId, body.satisfaction(), clean(body.comment()),
                body.timelinessSatisfaction(), body.method(), actor));
    }

    @PostMapping("/effectiveness-review")
    @Operation(summary = "Record the effectiveness review of a level-1 or level-2 complaint closed as resolved: "
            + "effective or not, with what was found (coordinator)")
    ResponseEntity<Void> reviewEffectiveness(@PathVariable String caseId,
                                             @Valid @RequestBody CaseRequests.EffectivenessReview body, Actor actor) {
        return send(new CaseCommands.ReviewEffectiveness(caseId, body.outcome(), clean(body.note()), actor));
    }

    @PostMapping("/escalations")
    @Operation(summary = "Escalate one level up by hand, with the reason")
    ResponseEntity<Void> escalate(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Escalation body,
                                  Actor actor) {
        return send(new EscalateCase(caseId, clean(body.note()), actor));
    }

    @PostMapping("/takeover")
    @Operation(summary = "HQ takes the case over (HQ supervisor)")
    ResponseEntity<Void> takeOver(@PathVariable String caseId, Actor actor) {
        return send(new TakeOverCase(caseId, actor));
    }

    @PostMapping("/clock/pause")
    @Operation(summary = "Stop the deadline clock while waiting on the complainant, with the reason")
    ResponseEntity<Void> pause(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Pause body, Actor actor) {
        return send(new PauseClock(caseId, clean(body.reason()), actor));
    }

    @PostMapping("/clock/resume")
    @Operation(summary = "Start the clock again; every open deadline moves by the pause")
    ResponseEntity<Void> resume(@PathVariable String caseId, Actor actor) {
        return send(new ResumeClock(caseId, actor));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return Problems.notFound("Case not found", "No case has this id");
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
