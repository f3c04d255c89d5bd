package io.complaints.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store as it is stored: every column the audit hash covers, as bytes or text
 * exactly as PostgreSQL holds them (no deserialisation, so no reading can differ from another).
 */
record StoredEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                   String aggregateType, String payloadType, String payloadRevision, byte[] payload,
                   byte[] metaData, String timeStamp) {

    /** The columns {@link #read} expects, in the store's own names. */
    static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, eventidentifier, type, "
            + "payloadtype, payloadrevision, payload, metadata, timestamp";

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getBytes(8), row.getBytes(9), row.getString(10));
    }

    /** Where the event is, for a report: never its content. */
    AuditPosition position() {
        return new AuditPosition(aggregateIdentifier, sequenceNumber, globalIndex);
    }
}
