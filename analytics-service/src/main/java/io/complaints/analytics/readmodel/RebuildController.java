package io.complaints.analytics.readmodel;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuild every read model from the topics: start it, and follow its progress (records read and to
 * read per topic, percent, rate, time left: {@link RebuildProgress}).
 */
@RestController
@RequestMapping("/api/admin/rebuild")
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    ResponseEntity<?> start() {
        return rebuild.start().<ResponseEntity<?>>map(started -> ResponseEntity.accepted()
                        .location(URI.create("/api/admin/rebuild")).body(started))
                .orElseGet(() -> {
                    ProblemDetail busy = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                            "a rebuild is already running; follow it at GET /api/admin/rebuild");
                    busy.setTitle("Rebuild already running");
                    return ResponseEntity.status(HttpStatus.CONFLICT).body(busy);
                });
    }

    @GetMapping
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
