package io.complaints.analytics.ledger;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of the complaint ledger (投诉台账) per complaint.
 *
 * @param statusRank  the furthest {@link LedgerStatus} reached, as its rank (only ever grows)
 * @param createdAt   when the row first became visible
 * @param lastEventAt the time of the latest event applied (only ever grows)
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
        int statusRank,
        Instant receivedAt,
        Instant caseOpenedAt,
        Instant createdAt,
        Instant lastEventAt) {

    public LedgerStatus status() {
        return LedgerStatus.ofRank(statusRank);
    }
}
