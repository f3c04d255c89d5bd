package io.complaints.intake.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.platform.Actor;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The complainant's full contact, for those who must reach them (callback agents, the responsible
 * department). Intake is the one store of it. Every look-up names who, for which unit and why, and
 * is recorded; the answer is never cached.
 */
@RestController
@RequestMapping("/api/complainants")
@Tag(name = "contact", description = "The full contact of a complainant, for those who must reach them; logged")
class ContactController {

    private static final Logger log = LoggerFactory.getLogger(ContactController.class);

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final Clock clock;

    ContactController(JdbcTemplate jdbc, EventStore events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The contact as it now stands. */
    public record Contact(String reference, String name, String organisation, String address, String phone,
                          String email, boolean contactConsent) {

        @Override
        public String toString() {
            return "Contact[personal data]";
        }
    }

    @GetMapping("/{reference}/contact")
    @Operation(summary = "The full contact of a complainant, by the reference events carry; the access is recorded")
    @Transactional
    ResponseEntity<?> contact(@PathVariable String reference, @RequestParam Purpose purpose, Actor actor) {
        Optional<String> complaintId = jdbc.query(
                "SELECT complaint_id FROM complaint_register WHERE complainant_reference = ?",
                (row, i) -> row.getString(1), reference).stream().findFirst();
        if (complaintId.isEmpty()) {
            return Problems.notFound("Complainant not found", "No complainant has this reference");
        }
        Complainant current = events.readEvents(complaintId.get()).asStream()
                .map(DomainEventMessage::getPayload)
                .map(ContactController::complainantOf)
                .flatMap(Optional::stream)
                .reduce((earlier, later) -> later)
                .orElseThrow();
        jdbc.update("""
                INSERT INTO contact_access (complainant_reference, complaint_id, actor_id, actor_unit, purpose, accessed_at)
                VALUES (?, ?, ?, ?, ?, ?)""", reference, complaintId.get(), actor.id(), actor.unit(), purpose.name(),
                Timestamp.from(clock.instant()));
        log.info("contact of complainant {} given to {} of {} for {}", reference, actor.id(), actor.unit(), purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Contact(reference, current.name(), current.organisation(), current.address(), current.phone(),
                        current.email(), current.contactConsent()));
    }

    private static Optional<Complainant> complainantOf(Object event) {
        return switch (event) {
            case ComplaintRegistered registered -> Optional.of(registered.complainant());
            case ComplaintAmended amended -> Optional.of(amended.complainant());
            default -> Optional.empty();
        };
    }
}
