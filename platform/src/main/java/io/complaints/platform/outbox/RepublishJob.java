package io.complaints.platform.outbox;

import java.time.Instant;

/**
 * How far a republish of the event store has come.
 *
 * @param total events in the store when it began (each is read; those the service does not publish
 *              are not sent)
 * @param read  events read from the store so far
 * @param sent  events sent and acknowledged by the broker so far
 */
public record RepublishJob(String id, String topic, State state, boolean done, boolean failed, long total, long read,
                           long sent, Instant startedAt, Instant finishedAt, String error) {

    public enum State { RUNNING, DONE, FAILED }

    static RepublishJob started(String id, String topic, Instant at) {
        return new RepublishJob(id, topic, State.RUNNING, false, false, 0, 0, 0, at, null, null);
    }

    RepublishJob counting(long total) {
        return new RepublishJob(id, topic, state, done, failed, total, read, sent, startedAt, finishedAt, error);
    }

    RepublishJob progressed(long read, long sent) {
        return new RepublishJob(id, topic, state, done, failed, total, read, sent, startedAt, finishedAt, error);
    }

    RepublishJob finished(Instant at) {
        return new RepublishJob(id, topic, State.DONE, true, false, total, read, sent, startedAt, at, null);
    }

    RepublishJob failedWith(Throwable failure, Instant at) {
        return new RepublishJob(id, topic, State.FAILED, false, true, total, read, sent, startedAt, at,
                failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
