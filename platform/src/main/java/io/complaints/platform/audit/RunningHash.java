package io.complaints.platform.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The running hash over the chain in global index order, compared on the way with checkpoints taken
 * earlier: each is checked when the fold has passed its global index.
 */
final class RunningHash {

    private final Deque<AuditCheckpoint> pending;
    private final List<CheckpointCheck> checks = new ArrayList<>();
    private byte[] running = AuditHash.GENESIS;
    private long events;

    /** @param checkpoints the checkpoints to compare with, in rising global index order */
    RunningHash(List<AuditCheckpoint> checkpoints) {
        this.pending = new ArrayDeque<>(checkpoints);
    }

    void add(ChainEntry entry) {
        passed(entry.globalIndex() - 1);
        running = AuditHash.running(running, entry.globalIndex(), entry.hash());
        events++;
    }

    /** Compares the checkpoints at or below {@code globalIndex}: nothing more can be folded into them. */
    void passed(long globalIndex) {
        while (!pending.isEmpty() && pending.peekFirst().uptoGlobalIndex() <= globalIndex) {
            AuditCheckpoint checkpoint = pending.removeFirst();
            String now = AuditHash.hex(running);
            checks.add(new CheckpointCheck(checkpoint, events, now,
                    events == checkpoint.events() && now.equals(checkpoint.runningHash())));
        }
    }

    /** The checks, once the whole chain was folded. */
    List<CheckpointCheck> finish() {
        passed(Long.MAX_VALUE);
        return List.copyOf(checks);
    }

    byte[] running() {
        return running.clone();
    }

    long events() {
        return events;
    }
}
