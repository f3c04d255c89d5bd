package io.complaints.intake.register;

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

    RegisterController(RegisterQueries queries, UnitDirectory units) {
        this.queries = queries;
        this.units = units;
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "A complaint by its id")
    ResponseEntity<?> byId(@PathVariable String complaintId) {
        return found(queries.byId(complaintId));
    }

    @GetMapping("/by-number/{registrationNumber}")
    @Operation(summary = "A complaint by its registration number")
    ResponseEntity<?> byRegistrationNumber(@PathVariable String registrationNumber) {
        return found(queries.byRegistrationNumber(registrationNumber));
    }

    @GetMapping
    @Operation(summary = "The complaints of a unit and every unit below it, newest first, filtered and paged")
    ComplaintPage list(@RequestParam String unit,
                       @RequestParam(required = false) ComplaintView.Status status,
                       @RequestParam(required = false) @Min(1) @Max(4) Integer level,
                       @RequestParam(required = false) Channel channel,
                       @RequestParam(required = false) Category category,
                       @RequestParam(required = false) Boolean priority,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        new RulesViolatedException.Collector()
                .check(units.find(unit).isPresent(), "unit", "unit-exists", "is not a unit of the organisation")
                .check(from == null || to == null || from.isBefore(to), "to", "after-from", "must be after 'from'")
                .throwIfAny();
        return queries.list(new RegisterQueries.Filter(unit, status, level, channel, category, priority, from, to),
                page, size);
    }

    private static ResponseEntity<?> found(Optional<ComplaintView> view) {
        return Problems.okOrNotFound(view, "Complaint not found", "No complaint has this id or number");
    }
}
