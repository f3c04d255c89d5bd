package io.complaints.intake.registration;

import java.net.URI;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.intake.organisation.OrganisationUnit;
import io.complaints.intake.organisation.UnitDirectory;
import io.complaints.platform.Actor;
import io.complaints.platform.web.InvalidFieldException;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/complaints")
@Validated
class RegistrationController {

    private final CommandGateway commands;
    private final UnitDirectory units;

    RegistrationController(CommandGateway commands, UnitDirectory units) {
        this.commands = commands;
        this.units = units;
    }

    @PostMapping
    ResponseEntity<Registration> register(@Valid @RequestBody RegistrationRequest request, Actor actor) {
        OrganisationUnit unit = units.find(request.unitCode())
                .orElseThrow(() -> new InvalidFieldException("unitCode", "unit-exists", "is not a unit of the organisation"));
        var complainant = new Complainant(request.complainant().name().strip(), request.complainant().phone().strip());
        var command = new RegisterComplaint(UUID.randomUUID().toString(), unit, request.channel(), request.category(),
                request.level(), request.description().strip(), UUID.randomUUID().toString(), complainant, actor);
        Registration registration = commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/complaints/" + registration.complaintId())).body(registration);
    }
}
