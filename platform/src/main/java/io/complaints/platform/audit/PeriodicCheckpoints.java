package io.complaints.platform.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Looks every {@code checkpointPoll} whether {@code checkpointEvery} events were chained since the last
 * checkpoint, and records one then. Several instances may look at once: they compute the same
 * checkpoint, and the first one recorded stays.
 */
final class PeriodicCheckpoints implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicCheckpoints.class);

    private final AuditCheckpoints checkpoints;
    private final long every;
    private final Duration poll;
    private ScheduledExecutorService scheduler;

    PeriodicCheckpoints(AuditCheckpoints checkpoints, long every, Duration poll) {
        this.checkpoints = checkpoints;
        this.every = every;
        this.poll = poll;
    }

    /** Does nothing with a poll of zero: checkpoints are then taken on demand only. */
    @Override
    public synchronized void start() {
        if (poll.isZero() || poll.isNegative()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::look, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            checkpoints.take(every);
        } catch (RuntimeException e) {
            LOG.warn("audit checkpoint not taken this time: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
