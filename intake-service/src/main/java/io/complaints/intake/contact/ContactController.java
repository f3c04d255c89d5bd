package io.complaints.intake.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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

import io.complaints.intake.access.ComplaintScope;
import io.complaints.intake.personaldata.PersonalData;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.platform.Actor;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The complainant's full contact, for those who must reach them: handlers, callback agents and
 * coordinators of the complaint's unit or a unit above it, and notification-service (role SERVICE, of
 * headquarters). Intake does not know which handler is assigned: any handler of those units may ask.
 * Intake is the one store of the contact. Every look-up names who (the access token's subject), for
 * which unit and why, and is recorded; the answer is never cached. A complainant of a complaint
 * outside the caller's subtree is not found, and nothing is recorded.
 */
@RestController
@RequestMapping("/api/complainants")
@Tag(name = "contact", description = "The full contact of a complainant, for those who must reach them; logged")
class ContactController {

    private static final Logger log = LoggerFactory.getLogger(ContactController.class);

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final Clock clock;
    private final PersonalData vault;
    private final ComplaintScope scope;

    ContactController(JdbcTemplate jdbc, EventStore events, Clock clock, ComplaintScope scope, PersonalData vault) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
        this.scope = scope;
    }

    /** The contact as it now stands; all null and {@code erased} once the complainant's personal data was erased. */
    public record Contact(String reference, String name, String organisation, String address, String phone,
                          String email, boolean contactConsent, boolean erased) {

        @Override
        public String toString() {
            return "Contact[personal data]";
        }
    }

    @GetMapping("/{reference}/contact")
    @Operation(summary = "The full contact of a complainant, by the reference events carry; the access is recorded",
            description = "For handlers, callback agents and coordinators of the complaint's unit or a unit above it, "
                    + "and notification-service (SERVICE).")
    @Transactional
    ResponseEntity<?> contact(@PathVariable String reference, @RequestParam Purpose purpose, Actor actor) {
        Optional<String> complaintId = jdbc.query(
                "SELECT complaint_id, unit_path FROM complaint_register WHERE complainant_reference = ?",
                (row, i) -> new Registered(row.getString(1),
                        Arrays.stream((Object[]) row.getArray(2).getArray()).map(String::valueOf).toList()),
                reference).stream()
                .filter(registered -> scope.sees(registered.unitPath(), actor))
                .map(Registered::complaintId)
                .findFirst();
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
                        current.email(), current.contactConsent(), vault.erased(reference)));
    }

    private record Registered(String complaintId, List<String> unitPath) {
    }

    private static Optional<Complainant> complainantOf(Object event) {
        return switch (event) {
            case ComplaintRegistered registered -> Optional.of(registered.complainant());
            case ComplaintAmended amended -> Optional.of(amended.complainant());
            default -> Optional.empty();
        };
    }
}
