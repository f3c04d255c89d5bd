package io.complaints.platform.kafka.deadletter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code complaints_dead_letters_pending{topic}}: the records waiting for a decision on each
 * dead-letter topic, counted in the background every {@code complaints.dead-letters.count-every}
 * and after every decision (NaN until the first count).
 */
class DeadLetterMetrics implements InitializingBean, DisposableBean {

    static final String PENDING = "complaints.dead.letters.pending";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final DeadLetters deadLetters;
    private final Duration every;
    private final Map<String, Double> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "dead-letters-count"));

    DeadLetterMetrics(DeadLetters deadLetters, MeterRegistry meters, Duration every) {
        this.deadLetters = deadLetters;
        this.every = every;
        for (String topic : deadLetters.topics()) {
            pending.put(topic, Double.NaN);
            Gauge.builder(PENDING, pending, counts -> counts.getOrDefault(topic, Double.NaN)).tag("topic", topic)
                    .description("records on the dead-letter topic that wait for a decision").register(meters);
        }
    }

    @Override
    public void afterPropertiesSet() {
        counter.scheduleWithFixedDelay(this::count, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Counts again soon, e.g. after a decision. */
    void refresh() {
        counter.execute(this::count);
    }

    private void count() {
        try {
            deadLetters.pendingCounts().forEach((topic, count) -> pending.put(topic, count.doubleValue()));
        } catch (RuntimeException unreachable) {
            log.debug("could not count the dead letters; the gauge keeps its last value", unreachable);
        }
    }

    @Override
    public void destroy() {
        counter.shutdownNow();
    }
}
