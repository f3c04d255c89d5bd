package io.complaints.handling.worklist;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Where cases stand: one case, and the work lists, always within the reader's units. */
@RestController
@Tag(name = "Case reading")
class WorklistController {

    private final CaseBoardQueries board;

    WorklistController(CaseBoardQueries board) {
        this.board = board;
    }

    @GetMapping("/api/cases/{caseId}")
    @Operation(summary = "The case: its status, holder, handler, open deadlines")
    ResponseEntity<?> find(@PathVariable String caseId, Actor reader) {
        return Problems.okOrNotFound(board.find(caseId, reader), "Case not found", "No case of your units has this id");
    }

    @GetMapping("/api/worklists/{list}")
    @Operation(summary = "A work list: mine, approvals, callbacks, overdue or escalated; soonest due first",
            description = "unit narrows the list to one unit at or below the reader's own")
    CasePage list(@PathVariable String list, Actor reader,
                  @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}",
                          message = "must be a unit code (capitals, digits, -)") String unit,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return board.list(worklist(list), reader, unit, page, size);
    }

    private static Worklist worklist(String name) {
        try {
            return Worklist.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RulesViolatedException.ofField("list", "enum",
                    "must be one of: mine, approvals, callbacks, overdue, escalated");
        }
    }
}
