package io.complaints.handling.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.Actor;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail of one case, read straight from the event store: the story of the case as it happened. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Case reading")
class CaseHistoryController {

    /**
     * One stored event of a case: what, when, who in which role for which unit, why, and the fact itself.
     */
    record Entry(long sequence, String event, Instant occurredAt, String actor, String unit, String role,
                 String reason, Object data) {
    }

    private final EventStore events;

    CaseHistoryController(EventStore events) {
        this.events = events;
    }

    @GetMapping("/{caseId}/history")
    @Operation(summary = "Every event of the case, oldest first, with time, actor, unit, role and reason")
    ResponseEntity<?> history(@PathVariable String caseId, Actor reader) {
        List<? extends DomainEventMessage<?>> stored = events.readEvents(caseId).asStream().toList();
        boolean visible = !stored.isEmpty() && stored.get(0).getPayload() instanceof CaseOpened opened
                && opened.unit().path().contains(reader.unit());
        return Problems.okOrNotFound(Optional.of(stored).filter(found -> visible)
                        .map(found -> found.stream().map(CaseHistoryController::entry).toList()),
                "Case not found", "No case of your units has this id");
    }

    private static Entry entry(DomainEventMessage<?> message) {
        Actor actor = CaseMetaData.actor(message.getMetaData());
        Object reason = message.getMetaData().get(CaseMetaData.REASON);
        return new Entry(message.getSequenceNumber(), message.getPayloadType().getSimpleName(), message.getTimestamp(),
                actor.id(), actor.unit(), actor.roles().isEmpty() ? null : CaseMetaData.rolesOf(actor),
                reason == null ? null : reason.toString(), message.getPayload());
    }
}
