package io.complaints.intake.registration;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintDetails;
import io.complaints.intake.complaint.RegisterComplaint;
import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.Actor;
import io.complaints.platform.axon.RandomIdentifiers;
import io.complaints.platform.text.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/complaints")
@Tag(name = "registration", description = "Registering complaints from every branch and channel")
class RegistrationController {

    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final CommandGateway commands;
    private final UnitDirectory units;
    private final ObjectMapper json;

    RegistrationController(CommandGateway commands, UnitDirectory units, ObjectMapper json) {
        this.commands = commands;
        this.units = units;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Register a complaint",
            description = "Answers 201 with the complaint id and its registration number. A retry with the same "
                    + "Idempotency-Key answers the first registration again (header Idempotent-Replayed: true). "
                    + "Intake agents and coordinators register for their own unit (403 unit-scope otherwise); "
                    + "headquarters registers for any unit, and the complaint is then transferred from HQ (priority).")
    ResponseEntity<Registration> register(
            @Valid @RequestBody RegistrationRequest request,
            @Parameter(description = "8-100 letters, digits, - or _; makes retries safe")
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            Actor actor) {
        OrganisationUnit unit = checkRules(request, idempotencyKey);
        var command = new RegisterComplaint(RandomIdentifiers.next().toString(), unit, details(request),
                RandomIdentifiers.next().toString(), complainant(request.complainant()),
                request.resolvedAtIntake() == null ? null : Texts.clean(request.resolvedAtIntake().actionTaken()),
                idempotencyKey, idempotencyKey == null ? null : digest(request, actor), actor);
        RegistrationOutcome outcome = commands.sendAndWait(command);
        Registration registration = outcome.registration();
        return ResponseEntity.created(URI.create("/api/complaints/" + registration.complaintId()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(registration);
    }

    /** The checks only the server can make; all of them, so that one answer names every problem. */
    private OrganisationUnit checkRules(RegistrationRequest request, String idempotencyKey) {
        Optional<OrganisationUnit> unit = units.find(request.unitCode());
        FormChecks.complaintFacts(units, request.complainedAbout(), request.prioritySources())
                .check(unit.isPresent(), "unitCode", "unit-exists", "is not a unit of the organisation")
                .check(idempotencyKey == null || IDEMPOTENCY_KEY.matcher(idempotencyKey).matches(),
                        IdempotencyKeys.HEADER, "Pattern", "must be 8-100 letters, digits, - or _")
                .throwIfAny();
        return unit.orElseThrow();
    }

    static ComplaintDetails details(RegistrationRequest request) {
        var about = request.complainedAbout();
        return new ComplaintDetails(request.channel(), request.category(), request.level(),
                Texts.clean(request.description()), Texts.clean(request.demand()), request.occurredAt(),
                about == null ? null : new ComplainedAbout(Texts.clean(about.unitCode()), Texts.clean(about.department()),
                        Texts.clean(about.person()), Texts.clean(about.productOrService())),
                request.prioritySources(), request.groupSize() == null ? 1 : request.groupSize());
    }

    static Complainant complainant(RegistrationRequest.ComplainantRequest c) {
        return new Complainant(Texts.clean(c.name()), Texts.clean(c.organisation()), Texts.clean(c.address()),
                Texts.clean(c.phone()), Texts.clean(c.email()), Boolean.TRUE.equals(c.contactConsent()));
    }

    /** The request and who sent it: a key reused by another actor is a different request, never a replay. */
    private String digest(RegistrationRequest request, Actor actor) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(request));
            digest.update(json.writeValueAsBytes(List.of(actor.id(), actor.unit())));
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the request", e);
        }
    }
}
