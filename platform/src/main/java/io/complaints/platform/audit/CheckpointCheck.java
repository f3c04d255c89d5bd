package io.complaints.platform.audit;

/**
 * A checkpoint, recorded or exported earlier, against the store as it is now: the events and running
 * hash the store gives now up to the same global index, and whether they are the same.
 */
public record CheckpointCheck(AuditCheckpoint checkpoint, long eventsNow, String runningHashNow, boolean matches) {
}
