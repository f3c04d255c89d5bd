package io.complaints.handling.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.Actor;
import io.complaints.platform.organisation.UnitDirectory;
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

    private static final Logger READS = LoggerFactory.getLogger("io.complaints.handling.reads");

    private final EventStore events;
    private final UnitDirectory units;

    CaseHistoryController(EventStore events, UnitDirectory units) {
        this.events = events;
        this.units = units;
    }

    @GetMapping("/{caseId}/history")
    @Operation(summary = "Every event of the case, oldest first, with time, actor, unit, roles and reason",
            description = "role: the roles the actor held when acting, comma-separated")
    ResponseEntity<?> history(@PathVariable String caseId, Actor reader) {
        List<? extends DomainEventMessage<?>> stored = events.readEvents(caseId).asStream().toList();
        boolean visible = !stored.isEmpty() && stored.get(0).getPayload() instanceof CaseOpened opened
                && units.isWithin(opened.unit().path(), reader.unit());
        if (visible) {
            READS.info("case read: actor={} unit={} case={} what=history", reader.id(), reader.unit(), caseId);
        }
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
