package io.complaints.analytics.escalation;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation board of a unit (HQ sees every unit's): its cases' open escalations, oldest
 * first, page by page; how many there are in all in {@code X-Total-Count}.
 */
@RestController
class EscalationBoardController {

    private final EscalationBoard board;

    EscalationBoardController(EscalationBoard board) {
        this.board = board;
    }

    @GetMapping("/api/escalations")
    ResponseEntity<List<OpenEscalation>> escalations(@RequestParam(required = false) String unit,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "50") int size) {
        EscalationBoard.Page found = board.find(new FindEscalationsQuery(unit, page, size));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()))
                .body(found.escalations());
    }
}
