package io.complaints.handling.caseopening;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.complaints.platform.Actor;

/** Open the case of a complaint that intake received; the case id is the complaint id. */
public record OpenCase(
        @TargetAggregateIdentifier String caseId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        int level,
        Instant receivedAt,
        Actor actor) {
}
