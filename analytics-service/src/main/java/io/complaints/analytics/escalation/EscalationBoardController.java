package io.complaints.analytics.escalation;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;

/**
 * The escalation board of a unit (HQ sees every unit's): its cases' open escalations, oldest
 * first, page by page; how many there are in all in {@code X-Total-Count}. Without a unit, the
 * viewer's own; a unit outside the viewer's subtree is refused.
 */
@RestController
class EscalationBoardController {

    private final EscalationBoard board;
    private final Visibility visibility;

    EscalationBoardController(EscalationBoard board, Visibility visibility) {
        this.board = board;
        this.visibility = visibility;
    }

    @GetMapping("/api/escalations")
    ResponseEntity<List<OpenEscalation>> escalations(@RequestParam(required = false) String unit,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "50") int size,
                                                     Actor viewer) {
        FindEscalationsQuery question = new FindEscalationsQuery(unit == null ? viewer.unit() : unit, page, size);
        visibility.requireWithin(viewer, question.unit());
        EscalationBoard.Page found = board.find(question);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()))
                .body(found.escalations());
    }
}
