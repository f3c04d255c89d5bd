package io.complaints.analytics.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of the complaint ledger (投诉台账) per complaint.
 *
 * @param appliedEvents ids of the events already applied: a redelivered event changes nothing
 * @param createdAt     when the row first became visible
 */
@Document("ledger")
public record LedgerRow(
        @Id String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        String channel,
        String category,
        Integer level,
        LedgerStatus status,
        Integer statusRank,
        Instant receivedAt,
        Instant caseOpenedAt,
        Instant createdAt,
        Instant updatedAt,
        Set<String> appliedEvents) {
}
