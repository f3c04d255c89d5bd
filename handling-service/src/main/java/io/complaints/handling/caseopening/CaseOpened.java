package io.complaints.handling.caseopening;

import java.time.Instant;
import java.util.List;

import io.complaints.platform.Actor;

/** The case of a received complaint was opened and awaits triage. */
public record CaseOpened(
        String caseId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        int level,
        Instant receivedAt,
        Instant openedAt,
        Actor actor) {
}
