package io.complaints.analytics.statistics;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generations;

/**
 * Recomputes the live generation's months out of date, again and again with a pause of
 * {@code complaints.analytics.statistics.recompute-every} in between, or as long as the last
 * recompute took when that was longer (a big month is read whole: the pause keeps the share of the
 * time it takes at half at most). Every instance does, each the months it claims; a recompute is
 * safe to repeat. One that fails leaves its months noted, to be done at the next turn.
 */
@Component
@EnableConfigurationProperties({StatisticsProperties.class, CauseCatalogue.class})
class RecomputeSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecomputeSchedule.class);

    private final Recompute recompute;
    private final Generations generations;
    private final StatisticsProperties properties;
    private ScheduledExecutorService runner;

    RecomputeSchedule(Recompute recompute, Generations generations, StatisticsProperties properties) {
        this.recompute = recompute;
        this.generations = generations;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "statistics-recompute");
            thread.setDaemon(true);
            return thread;
        });
        runner.schedule(this::recomputeOnce, properties.recomputeEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void recomputeOnce() {
        long started = System.nanoTime();
        try {
            recompute.dirty(generations.live());
        } catch (RuntimeException failure) {
            log.warn("statistics not recomputed this time; the months stay noted", failure);
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        synchronized (this) {
            if (runner != null) {
                runner.schedule(this::recomputeOnce, Math.max(properties.recomputeEvery().toMillis(), took),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (runner != null) {
            runner.shutdownNow();
            runner = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return runner != null;
    }
}
