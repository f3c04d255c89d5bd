package io.complaints.analytics.timeline;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.readmodel.Generations;
import io.complaints.platform.web.Problems;

/** A complaint's complete history across the services, oldest first. */
@RestController
class TimelineController {

    private final Timeline timeline;
    private final Generations generations;

    TimelineController(Timeline timeline, Generations generations) {
        this.timeline = timeline;
        this.generations = generations;
    }

    @GetMapping("/api/complaints/{complaintId}/timeline")
    ResponseEntity<?> timeline(@PathVariable String complaintId) {
        List<TimelineEntry> history = timeline.of(complaintId, generations.live());
        return Problems.okOrNotFound(Optional.of(history).filter(entries -> !entries.isEmpty()),
                "No history", "No event of this complaint is known (yet)");
    }
}
