package io.complaints.handling.worklist;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Where cases stand: one case, and the work lists, always within the reader's units (DOMAIN.md,
 * "Organisation"): a case of another unit is not found; a list of a unit outside the reader's own
 * and those below it is refused ({@code unit-scope}). Each work list is for the roles whose work it
 * lists ({@link Worklist#readers()}, enforced by the endpoint rules). Reads of a case are logged.
 */
@RestController
@Tag(name = "Case reading")
class WorklistController {

    private static final Logger READS = LoggerFactory.getLogger("io.complaints.handling.reads");

    private final CaseBoardQueries board;
    private final UnitDirectory units;
    private final CaseAsOf history;
    private final Clock clock;

    WorklistController(CaseBoardQueries board, UnitDirectory units, CaseAsOf history, Clock clock) {
        this.board = board;
        this.units = units;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{caseId}")
    @Operation(summary = "The case: its status, holder, handler, open deadlines",
            description = "With `asOf` (an ISO-8601 instant, not in the future), the case as it stood then, "
                    + "replayed from its events up to that instant; 404 when it was not opened yet.")
    ResponseEntity<?> find(@PathVariable String caseId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                           Instant asOf,
                           Actor reader) {
        if (asOf != null && asOf.isAfter(clock.instant())) {
            throw RulesViolatedException.ofField("asOf", "not-future", "must not be in the future");
        }
        var found = asOf == null ? board.find(caseId, reader)
                : history.at(caseId, asOf).filter(view -> units.isWithin(view.unitPath(), reader.unit()));
        found.ifPresent(view -> READS.info("case read: actor={} unit={} case={} what=view", reader.id(),
                reader.unit(), view.caseId()));
        return Problems.okOrNotFound(found, "Case not found", "No case of your units has this id");
    }

    @GetMapping("/api/worklists/{list}")
    @Operation(summary = "A work list: mine, approvals, callbacks, overdue or escalated; soonest due first",
            description = "unit narrows the list to one unit at or below the reader's own (default: the reader's "
                    + "own unit); a unit outside them is refused (403, unit-scope)")
    CasePage list(@PathVariable String list, Actor reader,
                  @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}",
                          message = "must be a unit code (capitals, digits, -)") String unit,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Worklist worklist = Worklist.named(list).orElseThrow(() -> RulesViolatedException.ofField("list", "enum",
                "must be one of: " + Arrays.stream(Worklist.values()).map(Worklist::path)
                        .collect(Collectors.joining(", "))));
        if (!reader.holdsAny(worklist.readers().toArray(Role[]::new))) {
            throw new NotPermittedException("role", "the list " + worklist.path() + " is for the role(s) "
                    + worklist.readers().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        String listed = unit == null ? reader.unit() : unit;
        if (!units.isWithin(listed, reader.unit())) {
            throw new NotPermittedException("unit-scope", "the unit " + listed + " is not " + reader.unit()
                    + " or a unit below it");
        }
        return board.list(worklist, reader, listed, page, size);
    }
}
