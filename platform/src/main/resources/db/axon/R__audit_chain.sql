-- The tamper-evident audit trail of the event store (platform's io.complaints.platform.audit).
-- A repeatable migration written to run again safely: it runs after every versioned migration, so a
-- store that already exists gets these tables without renumbering any service's migrations.

-- One row per stored event, written in the transaction that stores the event: the SHA-256 of the
-- event's stored columns together with the hash of the previous event of its aggregate stream.
-- No foreign key to domainevententry: the chain must outlive a deleted event to report it.
CREATE TABLE IF NOT EXISTS audit_chain (
    globalIndex         BIGINT       NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    hash                BYTEA        NOT NULL,
    chainedAt           TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (globalIndex),
    UNIQUE (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

-- Checkpoints over all streams: a running SHA-256 over the chain's hashes in global index order, up to
-- a global index. Exported, they let a later comparison detect a chain rewritten as a whole.
CREATE TABLE IF NOT EXISTS audit_checkpoint (
    uptoGlobalIndex BIGINT      NOT NULL,
    events          BIGINT      NOT NULL,
    runningHash     BYTEA       NOT NULL,
    takenAt         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (uptoGlobalIndex)
);
