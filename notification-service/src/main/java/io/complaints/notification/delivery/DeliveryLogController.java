package io.complaints.notification.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.notification.infrastructure.UnitScope;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The delivery log: a complaint's notifications, those in a status, and a failed one queued again.
 * A caller sees the notifications of complaints of their unit and the units below it; one of another
 * unit is not found, whoever asks.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "Every notification decided, and how its delivery went")
class DeliveryLogController {

    private static final int MAX_SIZE = 1000;

    private final DeliveryLog deliveries;
    private final Dispatcher dispatcher;
    private final UnitScope scope;
    private final UnitDirectory units;
    private final Clock clock;

    DeliveryLogController(DeliveryLog deliveries, Dispatcher dispatcher, UnitScope scope, UnitDirectory units,
                          Clock clock) {
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.scope = scope;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A complaint's notifications (?complaintId=), oldest first, or those in a status (?status=FAILED), "
            + "newest first; of the caller's unit and the units below it, or of one of them (?unit=)")
    List<DeliveryView> find(Actor actor,
                            @RequestParam(required = false) String complaintId,
                            @RequestParam(required = false) DeliveryStatus status,
                            @RequestParam(required = false) String unit,
                            @RequestParam(defaultValue = "100") int size) {
        if ((complaintId == null) == (status == null)) {
            throw RulesViolatedException.ofField(complaintId == null ? "complaintId" : "status", "one-of",
                    "give either complaintId or status");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RulesViolatedException.ofField("size", "range", "must be 1 to " + MAX_SIZE);
        }
        Visibility seen = Visibility.of(scope.unitFor(actor, unit), units);
        List<Delivery> found = complaintId != null
                ? deliveries.ofComplaint(complaintId).stream().filter(seen::shows).toList()
                : deliveries.withStatus(status, size, seen);
        return found.stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notification")
    ResponseEntity<?> one(Actor actor, @PathVariable String id) {
        return Problems.okOrNotFound(seenBy(actor, id).map(DeliveryView::of), "Notification not found",
                "No notification has this id");
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Queue a FAILED notification again, with a fresh retry budget (operators)")
    ResponseEntity<?> retry(Actor actor, @PathVariable String id) {
        Optional<Delivery> existing = seenBy(actor, id);
        if (existing.isEmpty()) {
            return Problems.notFound("Notification not found", "No notification has this id");
        }
        var queued = deliveries.requeue(id, clock.instant());
        if (queued.isPresent()) {
            dispatcher.wake();
            return ResponseEntity.accepted().body(DeliveryView.of(queued.get()));
        }
        Delivery now = deliveries.find(id).orElse(existing.get());
        throw RulesViolatedException.ofRule(now.channel() == Channel.NONE ? "nobody-to-tell" : "status",
                now.channel() == Channel.NONE
                        ? "nobody in the directory holds this role in this unit: add them, then the next such event reaches them"
                        : "only a FAILED notification can be queued again; this one is " + now.status());
    }

    /** The notification, if the caller's unit sees it: one of another unit is as good as absent. */
    private Optional<Delivery> seenBy(Actor actor, String id) {
        Visibility seen = Visibility.of(actor.unit(), units);
        return deliveries.find(id).filter(seen::shows);
    }
}
