package io.complaints.platform.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The auditors' view of the event store's audit trail: verify it, take and export checkpoints, and
 * compare a checkpoint exported earlier with the store as it is now. Positions only, never content.
 */
@RestController
@RequestMapping("/api/audit")
@Validated
class AuditController {

    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final String service;

    AuditController(AuditVerifier verifier, AuditCheckpoints checkpoints, String service) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.service = service;
    }

    @GetMapping("/verify")
    AuditReport verify() {
        return verifier.verify();
    }

    /** Takes a checkpoint now over what is chained and settled (the latest one when nothing new is). */
    @PostMapping("/checkpoints")
    ResponseEntity<?> take() {
        return Problems.okOrNotFound(checkpoints.take(), "No checkpoint",
                "nothing is chained yet, or nothing older than the settle period");
    }

    @GetMapping("/checkpoints")
    List<AuditCheckpoint> recorded() {
        return checkpoints.recorded();
    }

    @GetMapping("/checkpoints/latest")
    ResponseEntity<?> latest() {
        return Problems.okOrNotFound(checkpoints.latest(), "No checkpoint", "no checkpoint was taken yet");
    }

    @PostMapping("/checkpoints/compare")
    CheckpointCheck compare(@Valid @RequestBody ExportedCheckpoint exported) {
        if (!service.equals(exported.service())) {
            throw RulesViolatedException.ofField("service", "same-service",
                    "is a checkpoint of another service than " + service);
        }
        return checkpoints.compare(new AuditCheckpoint(exported.service(), exported.uptoGlobalIndex(),
                exported.events(), exported.runningHash(), exported.takenAt()));
    }

    /** A checkpoint as {@code GET /api/audit/checkpoints/latest} exported it. */
    record ExportedCheckpoint(@NotBlank String service,
                              @NotNull @PositiveOrZero Long uptoGlobalIndex,
                              @NotNull @PositiveOrZero Long events,
                              @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits")
                              String runningHash,
                              Instant takenAt) {
    }
}
