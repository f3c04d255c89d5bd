package io.complaints.intake.history;

import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.intake.access.ComplaintScope;
import io.complaints.platform.Actor;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;

/** The audit trail of one complaint, read straight from the event store. */
@RestController
@RequestMapping("/api/complaints")
class HistoryController {

    private final EventStore events;
    private final ComplaintScope scope;

    HistoryController(EventStore events, ComplaintScope scope) {
        this.events = events;
        this.scope = scope;
    }

    @GetMapping("/{complaintId}/history")
    @Operation(summary = "The audit trail of a complaint of the caller's unit or a unit below it")
    ResponseEntity<?> history(@PathVariable String complaintId, Actor actor) {
        scope.read(complaintId, actor, "history");
        List<HistoryEntry> entries = events.readEvents(complaintId).asStream()
                .map(HistoryController::entry)
                .toList();
        return Problems.okOrNotFound(Optional.of(entries).filter(found -> !found.isEmpty()), "Complaint not found",
                "No complaint has this id");
    }

    private static HistoryEntry entry(DomainEventMessage<?> message) {
        String event = message.getPayloadType().getSimpleName();
        if (message.getPayload() instanceof AuditedEvent audited) {
            return new HistoryEntry(message.getSequenceNumber(), event, message.getTimestamp(),
                    audited.actor().id(), audited.actor().unit(), audited.reason());
        }
        return new HistoryEntry(message.getSequenceNumber(), event, message.getTimestamp(), null, null, null);
    }
}
