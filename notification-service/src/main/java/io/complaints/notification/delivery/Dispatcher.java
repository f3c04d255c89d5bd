package io.complaints.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works off the delivery log: claims due notifications, hands each to its channel, and records the
 * outcome: SENT (recorded by the {@link SentRecorder}, so the sender goes on at once); or, on failure,
 * the next attempt after an exponential backoff; or FAILED once the retry budget is spent or the
 * failure is permanent. Runs on every instance; the claims keep any two
 * from sending the same notification. Sending never happens in the Kafka consumer, so a replayed event
 * finds its notifications logged and sends nothing again.
 */
@Component
@EnableConfigurationProperties(DeliveryProperties.class)
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryLog deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Semaphore idleSenders;
    private final SentRecorder recorder;
    /** Notifications announced by {@link #wake(int)} and not claimed yet, as far as this instance knows. */
    private final AtomicInteger announced = new AtomicInteger();
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService sending;

    public Dispatcher(DeliveryLog deliveries, List<ChannelSender> senders, DeliveryProperties properties,
                      DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.idleSenders = new Semaphore(properties.senders());
        this.recorder = new SentRecorder(deliveries, properties.pollInterval());
    }

    /** Looks for due notifications now, e.g. right after a failed one was queued again. */
    public void wake() {
        wake(1);
    }

    /**
     * Looks for due notifications now, with as many senders as {@code due} of them (at most all idle
     * ones): called right after new ones were logged, so that they are sent at once rather than at the
     * next poll. Busy senders take those no idle sender was left for before they go idle.
     */
    public void wake(int due) {
        announced.addAndGet(due);
        for (int started = 0; started < due && startSender(false); started++) {
            // one more sender at work
        }
    }

    /** The poll: one sender looks; if it finds something due, it calls another, and so on while there is work. */
    private void poll() {
        startSender(true);
    }

    private boolean startSender(boolean polled) {
        ExecutorService pool = sending;
        if (pool == null || !idleSenders.tryAcquire()) {
            return false;
        }
        try {
            pool.execute(() -> drain(polled));
            return true;
        } catch (RuntimeException stopping) {
            idleSenders.release();
            return false;
        }
    }

    /** How many senders are working the queue off now. */
    int sendersAtWork() {
        return properties.senders() - idleSenders.availablePermits();
    }

    /**
     * Claims and sends until the queue has nothing due (a polled sender, which also calls one more sender
     * once it finds work), or until no announced notification is left (a woken sender, which so spares
     * the queue a look that would find nothing). A look that finds nothing clears the announcements it
     * saw: they were taken by other senders; one announced meanwhile makes it look again.
     */
    private void drain(boolean polled) {
        boolean callAnother = polled;
        try {
            boolean look = true;
            while (look && isRunning()) {
                int announcedBefore = announced.get();
                Optional<DeliveryLog.Claimed> next = claimNext();
                if (next.isEmpty()) {
                    look = !announced.compareAndSet(announcedBefore, 0);
                    continue;
                }
                announced.getAndUpdate(left -> Math.max(0, left - 1));
                if (callAnother) {
                    callAnother = !startSender(true);
                }
                attempt(next.get());
                look = polled || announced.get() > 0;
            }
        } catch (RuntimeException storeTrouble) {
            log.warn("delivery log unavailable, trying again in {}: {}", properties.pollInterval(),
                    FailureText.of(storeTrouble));
        } finally {
            idleSenders.release();
        }
    }

    private Optional<DeliveryLog.Claimed> claimNext() {
        Instant now = clock.instant();
        return deliveries.claimNext(now, now.plus(properties.lease()));
    }

    private void attempt(DeliveryLog.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        ChannelSender sender = senders.get(delivery.channel());
        try {
            if (sender == null) {
                throw SendFailure.permanent("no sender for channel " + delivery.channel().code());
            }
            sender.send(delivery);
            Instant sentAt = clock.instant();
            metrics.sent(delivery, sentAt);
            recorder.add(claimed, sentAt);
        } catch (SendFailure failure) {
            failed(claimed, failure.getMessage(), failure.permanent());
        } catch (RuntimeException unexpected) {
            failed(claimed, FailureText.of(unexpected), false);
        }
    }

    private void failed(DeliveryLog.Claimed claimed, String error, boolean permanent) {
        Delivery delivery = claimed.delivery();
        metrics.attemptFailed(delivery);
        Instant now = clock.instant();
        if (permanent || delivery.attempts() >= properties.retry().maxAttempts()) {
            if (deliveries.markFailed(claimed, now, error)) {
                metrics.failed(delivery);
                log.warn("notification {} ({}, {} to {}@{}) FAILED after {} attempt(s): {}", delivery.id(),
                        delivery.rule(), delivery.channel().code(), delivery.recipientRole(), delivery.recipientUnit(),
                        delivery.attempts(), error);
            }
            return;
        }
        Instant next = now.plus(properties.retry().backoffAfter(delivery.attempts()));
        deliveries.reschedule(claimed, now, next, error);
        log.info("notification {} ({} by {}) attempt {} failed, next at {}: {}", delivery.id(), delivery.rule(),
                delivery.channel().code(), delivery.attempts(), next, error);
    }

    /** Queues what an older version, or a stop half-way, left pending in the log only. */
    private void adoptOpenEntries() {
        try {
            deliveries.adoptOpenEntries();
        } catch (RuntimeException storeTrouble) {
            log.warn("open entries of the delivery log not checked at start-up: {}", FailureText.of(storeTrouble));
        }
    }

    @Override
    public void start() {
        recorder.start();
        sending = Executors.newFixedThreadPool(properties.senders(), Thread.ofPlatform().name("notify-send-", 0).factory());
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("notify-dispatch").daemon().factory());
        ticker.execute(this::adoptOpenEntries);
        long every = properties.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stoppingTicker = ticker;
        ExecutorService stoppingSenders = sending;
        ticker = null;
        sending = null;
        if (stoppingTicker != null) {
            stoppingTicker.shutdownNow();
        }
        if (stoppingSenders != null) {
            stoppingSenders.shutdown();
            try {
                stoppingSenders.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        recorder.stop();
    }

    @Override
    public boolean isRunning() {
        return sending != null;
    }
}
