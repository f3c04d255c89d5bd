package io.complaints.platform.audit;

import java.time.Instant;

/**
 * A checkpoint over all streams of one service's store: the running hash of every chained event up to
 * a global index, and how many there were. Exported as JSON and compared later
 * ({@code POST /api/audit/checkpoints/compare}).
 */
public record AuditCheckpoint(String service, long uptoGlobalIndex, long events, String runningHash,
                              Instant takenAt) {
}
