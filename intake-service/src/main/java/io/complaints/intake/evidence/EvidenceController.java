package io.complaints.intake.evidence;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import io.complaints.platform.Actor;
import io.complaints.platform.RuleViolation;
import io.complaints.platform.web.ProblemDetailsAdvice;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Evidence files (证据/附件) of a complaint: uploaded, listed and downloaded by those the complaint
 * belongs to. File names may be personal data: they are never logged and never in a URL.
 */
@RestController
@RequestMapping("/api/complaints/{complaintId}/evidence")
@Tag(name = "evidence", description = "Evidence files of a complaint, for the units it belongs to (others: 404)")
class EvidenceController {

    private static final Logger log = LoggerFactory.getLogger(EvidenceController.class);

    private final EvidenceUploads uploads;
    private final EvidenceStore store;
    private final EvidenceAccess access;

    EvidenceController(EvidenceUploads uploads, EvidenceStore store, EvidenceAccess access) {
        this.uploads = uploads;
        this.store = store;
        this.access = access;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach one evidence file (multipart part 'file') to a complaint",
            description = "The content type is judged by the file's content. Answers 201 with the file's facts.")
    ResponseEntity<EvidenceItem> upload(@PathVariable String complaintId,
                                        @RequestPart(name = EvidenceUploads.PART, required = false) MultipartFile file,
                                        Actor actor) {
        access.check(complaintId, actor);
        EvidenceItem item = uploads.attach(complaintId, uploads.accept(file), actor);
        log.info("evidence {} ({}, {} bytes) attached to complaint {} by {} of {}", item.evidenceId(),
                item.contentType(), item.size(), complaintId, actor.id(), actor.unit());
        return ResponseEntity.created(URI.create("/api/complaints/" + complaintId + "/evidence/" + item.evidenceId()))
                .cacheControl(CacheControl.noStore())
                .body(item);
    }

    @GetMapping
    @Operation(summary = "The evidence files of a complaint, oldest first, without their bytes")
    ResponseEntity<List<EvidenceItem>> list(@PathVariable String complaintId, Actor actor) {
        access.read(complaintId, actor, "evidence list");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(store.list(complaintId));
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "Download one evidence file, as an attachment")
    ResponseEntity<byte[]> download(@PathVariable String complaintId, @PathVariable UUID evidenceId, Actor actor) {
        access.read(complaintId, actor, "evidence file");
        EvidenceStore.StoredFile file = store.find(complaintId, evidenceId).orElseThrow(EvidenceNotFound::new);
        EvidenceItem item = file.item();
        log.info("evidence {} of complaint {} given to {} of {}", item.evidenceId(), complaintId, actor.id(),
                actor.unit());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(item.contentType()))
                .contentLength(item.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(item.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.bytes());
    }

    /** {@code attachment; filename*=UTF-8''...}, the name percent-encoded as RFC 5987 asks. */
    static String attachment(String fileName) {
        var encoded = new ByteArrayOutputStream();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.write(c);
            } else {
                encoded.writeBytes(("%" + Character.toUpperCase(Character.forDigit(c >> 4, 16))
                        + Character.toUpperCase(Character.forDigit(c & 0xF, 16))).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return "attachment; filename*=UTF-8''" + encoded.toString(StandardCharsets.US_ASCII);
    }

    /** No evidence file of this complaint has the id. */
    static final class EvidenceNotFound extends RuntimeException {

        EvidenceNotFound() {
            super("No evidence file of this complaint has this id");
        }
    }

    @ExceptionHandler({EvidenceAccess.ComplaintNotFound.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> complaintNotFound() {
        return Problems.notFound("Complaint not found", "No complaint has this id");
    }

    @ExceptionHandler(EvidenceNotFound.class)
    ResponseEntity<ProblemDetail> evidenceNotFound(EvidenceNotFound notFound) {
        return Problems.notFound("Evidence not found", notFound.getMessage());
    }

    /**
     * A file over Spring's multipart limit (set a little above ours) fails while the {@code file} part
     * is read; {@code spring.servlet.multipart.resolve-lazily} makes that happen here, in this
     * controller, rather than before any controller is chosen.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return invalid(HttpStatus.PAYLOAD_TOO_LARGE,
                new RuleViolation(EvidenceUploads.PART, "max-size", "the file must be at most " + uploads.maxSize()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return invalid(HttpStatus.BAD_REQUEST,
                new RuleViolation(EvidenceUploads.PART, "multipart", "the body is not well-formed multipart/form-data"));
    }

    private static ResponseEntity<ProblemDetail> invalid(HttpStatus status, RuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Invalid field(s): " + violation.field());
        problem.setType(ProblemDetailsAdvice.INVALID_REQUEST);
        problem.setTitle("The request is invalid");
        problem.setProperty("errors", List.of(violation));
        return ResponseEntity.status(status).body(problem);
    }
}
