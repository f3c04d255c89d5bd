package io.complaints.intake.register;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.access.ComplaintScope;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Reading registered complaints: one by id or registration number, or a unit's list. */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "register", description = "Reading registered complaints (contact details masked)")
class RegisterController {

    private final RegisterQueries queries;
    private final UnitDirectory units;
    private final ComplaintScope scope;
    private final ComplaintAsOf history;
    private final Clock clock;

    RegisterController(RegisterQueries queries, UnitDirectory units, ComplaintScope scope, ComplaintAsOf history,
                       Clock clock) {
        this.queries = queries;
        this.units = units;
        this.scope = scope;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "A complaint by its id, when it is of the caller's unit or a unit below it",
            description = "With `asOf` (an ISO-8601 instant, not in the future), the complaint as it stood then, "
                    + "replayed from its events up to that instant; 404 when it was not registered yet.")
    ResponseEntity<?> byId(@PathVariable String complaintId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                           Instant asOf,
                           Actor actor) {
        if (asOf == null) {
            return found(queries.byId(complaintId), actor);
        }
        if (asOf.isAfter(clock.instant())) {
            throw RulesViolatedException.ofField("asOf", "not-future", "must not be in the future");
        }
        return found(history.at(complaintId, asOf), actor);
    }

    @GetMapping("/by-number/{registrationNumber}")
    @Operation(summary = "A complaint by its registration number, when it is of the caller's unit or a unit below it")
    ResponseEntity<?> byRegistrationNumber(@PathVariable String registrationNumber, Actor actor) {
        return found(queries.byRegistrationNumber(registrationNumber), actor);
    }

    @GetMapping
    @Operation(summary = "The complaints of a unit and every unit below it, newest first, filtered and paged",
            description = "Without `unit`, the caller's own unit; a unit outside the caller's subtree is refused "
                    + "(403 unit-scope).")
    ComplaintPage list(@RequestParam(required = false) String unit,
                       @RequestParam(required = false) ComplaintView.Status status,
                       @RequestParam(required = false) @Min(1) @Max(4) Integer level,
                       @RequestParam(required = false) Channel channel,
                       @RequestParam(required = false) Category category,
                       @RequestParam(required = false) Boolean priority,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                       Actor actor) {
        String listed = unit == null ? actor.unit() : unit;
        new RulesViolatedException.Collector()
                .check(units.find(listed).isPresent(), "unit", "unit-exists", "is not a unit of the organisation")
                .check(from == null || to == null || from.isBefore(to), "to", "after-from", "must be after 'from'")
                .throwIfAny();
        if (!scope.seesUnit(listed, actor)) {
            throw new NotPermittedException("unit-scope", "the complaints of " + listed + " are not seen from "
                    + actor.unit() + ": a unit sees its own complaints and those of the units below it");
        }
        return queries.list(new RegisterQueries.Filter(listed, status, level, channel, category, priority, from, to),
                page, size);
    }

    /** The complaint, when the caller sees it (the read recorded); otherwise as if there were none. */
    private ResponseEntity<?> found(Optional<ComplaintView> view, Actor actor) {
        Optional<ComplaintView> seen = view.filter(complaint -> scope.sees(complaint.unitPath(), actor));
        seen.ifPresent(complaint -> scope.recordRead(complaint.complaintId(), actor, "complaint"));
        return Problems.okOrNotFound(seen, "Complaint not found", "No complaint has this id or number");
    }
}
