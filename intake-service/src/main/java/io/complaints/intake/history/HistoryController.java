package io.complaints.intake.history;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of one complaint, read straight from the event store. */
@RestController
@RequestMapping("/api/complaints")
class HistoryController {

    private final EventStore events;

    HistoryController(EventStore events) {
        this.events = events;
    }

    @GetMapping("/{complaintId}/history")
    ResponseEntity<?> history(@PathVariable String complaintId) {
        List<HistoryEntry> entries = events.readEvents(complaintId).asStream()
                .map(HistoryController::entry)
                .toList();
        if (entries.isEmpty()) {
            ProblemDetail notFound = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No complaint has this id");
            notFound.setTitle("Complaint not found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
        }
        return ResponseEntity.ok(entries);
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
