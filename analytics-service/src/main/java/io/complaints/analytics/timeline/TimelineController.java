package io.complaints.analytics.timeline;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.ledger.ComplaintUnits;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.web.Problems;

/**
 * A complaint's complete history across the services, oldest first: for the complaint's own unit
 * and the units above it. To anyone else the complaint is unknown (404), as is one whose unit is
 * not known yet to anyone but headquarters.
 */
@RestController
class TimelineController {

    private final Timeline timeline;
    private final Generations generations;
    private final ComplaintUnits units;
    private final Visibility visibility;

    TimelineController(Timeline timeline, Generations generations, ComplaintUnits units, Visibility visibility) {
        this.timeline = timeline;
        this.generations = generations;
        this.units = units;
        this.visibility = visibility;
    }

    @GetMapping("/api/complaints/{complaintId}/timeline")
    ResponseEntity<?> timeline(@PathVariable String complaintId, Actor viewer) {
        Generation live = generations.live();
        boolean seen = visibility.sees(viewer, units.pathOf(complaintId, live).orElse(null));
        List<TimelineEntry> history = seen ? timeline.of(complaintId, live) : List.of();
        if (!history.isEmpty()) {
            visibility.logRead(viewer, "timeline", "complaint " + complaintId);
        }
        return Problems.okOrNotFound(Optional.of(history).filter(entries -> !entries.isEmpty()),
                "No history", "No event of this complaint is known (yet)");
    }
}
