package io.complaints.analytics.ledger;

import java.time.Instant;
import java.util.List;

/** A ledger row as the API shows it. */
public record LedgerView(
        String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        String channel,
        String category,
        Integer level,
        LedgerStatus status,
        Instant receivedAt,
        Instant caseOpenedAt,
        Instant visibleAt,
        Instant lastEventAt) {

    static LedgerView of(LedgerRow row) {
        return new LedgerView(row.complaintId(), row.registrationNumber(), row.unitCode(), row.unitPath(),
                row.channel(), row.category(), row.level(), row.status(), row.receivedAt(), row.caseOpenedAt(),
                row.createdAt(), row.lastEventAt());
    }
}
