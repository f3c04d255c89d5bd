package io.complaints.intake.correction;

import java.util.Objects;

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

import io.complaints.intake.access.ComplaintScope;
import io.complaints.intake.complaint.AmendComplaint;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintChanges;
import io.complaints.intake.complaint.WithdrawComplaint;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.intake.registration.FormChecks;
import io.complaints.platform.Actor;
import io.complaints.platform.text.Texts;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Corrections of a registered complaint, each its own event; nothing is overwritten in the record. */
@RestController
@RequestMapping("/api/complaints/{complaintId}")
@Tag(name = "correction", description = "Amending and withdrawing registered complaints")
class CorrectionController {

    private final CommandGateway commands;
    private final UnitDirectory units;
    private final ComplaintScope scope;

    CorrectionController(CommandGateway commands, UnitDirectory units, ComplaintScope scope) {
        this.commands = commands;
        this.units = units;
        this.scope = scope;
    }

    @PostMapping("/amendments")
    @Operation(summary = "Correct a registered complaint, with the reason",
            description = "By intake agents and coordinators of the complaint's unit or a unit above it.")
    ResponseEntity<Void> amend(@PathVariable String complaintId, @Valid @RequestBody AmendmentRequest request,
                               Actor actor) {
        scope.mustSee(complaintId, actor);
        FormChecks.complaintFacts(units, request.complainedAbout(), request.prioritySources()).throwIfAny();
        commands.sendAndWait(new AmendComplaint(complaintId, changes(request), Texts.clean(request.reason()), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/withdrawal")
    @Operation(summary = "Withdraw a complaint at the complainant's request, with the reason",
            description = "By intake agents and coordinators of the complaint's unit or a unit above it.")
    ResponseEntity<Void> withdraw(@PathVariable String complaintId, @Valid @RequestBody WithdrawalRequest request,
                                  Actor actor) {
        scope.mustSee(complaintId, actor);
        commands.sendAndWait(new WithdrawComplaint(complaintId, Texts.clean(request.reason()), actor));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return Problems.notFound("Complaint not found", "No complaint has this id");
    }

    private static ComplaintChanges changes(AmendmentRequest r) {
        var about = r.complainedAbout();
        var c = r.complainant();
        return new ComplaintChanges(r.channel(), r.category(), r.level(), strip(r.description()), strip(r.demand()),
                r.occurredAt(),
                about == null ? null : new ComplainedAbout(strip(about.unitCode()), strip(about.department()),
                        strip(about.person()), strip(about.productOrService())),
                r.prioritySources(), r.groupSize(),
                c == null ? null : strip(c.name()), c == null ? null : strip(c.organisation()),
                c == null ? null : strip(c.address()), c == null ? null : strip(c.phone()),
                c == null ? null : strip(c.email()), c == null ? null : c.contactConsent());
    }

    /** A correction's field as sent, cleaned; blank clears an optional field, absent keeps it. */
    private static String strip(String value) {
        return value == null ? null : Objects.requireNonNullElse(Texts.clean(value), "");
    }
}
