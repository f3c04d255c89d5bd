package io.complaints.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of {@code audit_chain}: which event was chained where, and its hash. */
record ChainEntry(long globalIndex, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                  byte[] hash) {

    static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, eventidentifier, hash";

    static ChainEntry read(ResultSet row) throws SQLException {
        return new ChainEntry(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getBytes(5));
    }

    AuditPosition position() {
        return new AuditPosition(aggregateIdentifier, sequenceNumber, globalIndex);
    }
}
