package io.complaints.notification.delivery;

import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The delivery log: a complaint's notifications, those in a status, and a failed one queued again. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "Every notification decided, and how its delivery went")
class DeliveryLogController {

    private static final int MAX_SIZE = 1000;

    private final DeliveryLog deliveries;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DeliveryLogController(DeliveryLog deliveries, Dispatcher dispatcher, Clock clock) {
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A complaint's notifications (?complaintId=), oldest first, or those in a status (?status=FAILED), "
            + "newest first")
    List<DeliveryView> find(@RequestParam(required = false) String complaintId,
                            @RequestParam(required = false) DeliveryStatus status,
                            @RequestParam(defaultValue = "100") int size) {
        if ((complaintId == null) == (status == null)) {
            throw RulesViolatedException.ofField(complaintId == null ? "complaintId" : "status", "one-of",
                    "give either complaintId or status");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RulesViolatedException.ofField("size", "range", "must be 1 to " + MAX_SIZE);
        }
        List<Delivery> found = complaintId != null ? deliveries.ofComplaint(complaintId)
                : deliveries.withStatus(status, size);
        return found.stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notification")
    ResponseEntity<?> one(@PathVariable String id) {
        return Problems.okOrNotFound(deliveries.find(id).map(DeliveryView::of), "Notification not found",
                "No notification has this id");
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Queue a FAILED notification again, with a fresh retry budget")
    ResponseEntity<?> retry(@PathVariable String id) {
        var queued = deliveries.requeue(id, clock.instant());
        if (queued.isPresent()) {
            dispatcher.wake();
            return ResponseEntity.accepted().body(DeliveryView.of(queued.get()));
        }
        var existing = deliveries.find(id);
        if (existing.isEmpty()) {
            return Problems.notFound("Notification not found", "No notification has this id");
        }
        throw RulesViolatedException.ofRule(existing.get().channel() == Channel.NONE ? "nobody-to-tell" : "status",
                existing.get().channel() == Channel.NONE
                        ? "nobody in the directory holds this role in this unit: add them, then the next such event reaches them"
                        : "only a FAILED notification can be queued again; this one is " + existing.get().status());
    }
}
