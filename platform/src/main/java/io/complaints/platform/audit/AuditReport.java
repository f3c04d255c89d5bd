package io.complaints.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * What a verification of one service's store found: the first problem of each stream that has one,
 * and every recorded checkpoint recomputed. {@code unchained} events were stored before the chain began
 * (global index below {@code chainStartsAt}); they are counted, not verified.
 */
public record AuditReport(String service, Instant verifiedAt, long events, long chainedEvents, long unchained,
                          Long chainStartsAt, long streams, List<AuditFinding> findings,
                          List<CheckpointCheck> checkpoints, boolean clean, long millis) {
}
