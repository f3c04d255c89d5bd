package io.complaints.intake.personaldata;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.intake.access.ComplaintNotVisible;
import io.complaints.intake.access.ComplaintScope;
import io.complaints.intake.complaint.EraseComplainant;
import io.complaints.platform.Actor;
import io.complaints.platform.text.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Erasure of a complainant's personal data (PIPL 个人信息保护法, GDPR), by the complainant reference every
 * complaint view and event carries: the reference is what the data key belongs to, and the same for a
 * branch's coordinator with the complaint in front of them as for HQ.
 */
@RestController
@RequestMapping("/api/complainants")
@Tag(name = "erasure", description = "Erasing a complainant's personal data; the complaint and its figures stay")
class ErasureController {

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final ComplaintScope scope;

    ErasureController(CommandGateway commands, JdbcTemplate jdbc, ComplaintScope scope) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @PostMapping("/{reference}/erasure")
    @Operation(summary = "Erase the complainant's personal data, with the reason",
            description = "By coordinators of the complaint's unit or a unit above it, and HQ supervisors. Destroys "
                    + "the complainant's key, so that their contact and texts read as erased in every store and on "
                    + "every topic; forgets their contact for repeat detection; ends portal access. The complaint, "
                    + "its case and its statistics stay. 409 not-erased when already erased.")
    ResponseEntity<Void> erase(@PathVariable String reference, @Valid @RequestBody ErasureRequest request,
                               Actor actor) {
        String complaintId = jdbc.queryForList("SELECT complaint_id FROM complaint_register "
                + "WHERE complainant_reference = ?", String.class, reference).stream().findFirst()
                .orElseThrow(ComplaintNotVisible::new);
        scope.mustSee(complaintId, actor);
        commands.sendAndWait(new EraseComplainant(complaintId, Texts.clean(request.reason()), actor));
        return ResponseEntity.noContent().build();
    }
}
