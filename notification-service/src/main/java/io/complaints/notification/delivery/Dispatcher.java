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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works off the delivery log: claims due notifications, hands each to its channel, and records the
 * outcome: SENT; or, on failure, the next attempt after an exponential backoff; or FAILED once the
 * retry budget is spent or the failure is permanent. Runs on every instance; the claims keep any two
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
    }

    /** Looks for due notifications now, e.g. right after new ones were logged. */
    public void wake() {
        ExecutorService pool = sending;
        while (pool != null && idleSenders.tryAcquire()) {
            try {
                pool.execute(this::drain);
            } catch (RuntimeException stopping) {
                idleSenders.release();
                return;
            }
        }
    }

    private void drain() {
        try {
            Optional<Delivery> next;
            while (isRunning() && (next = claimNext()).isPresent()) {
                attempt(next.get());
            }
        } catch (RuntimeException storeTrouble) {
            log.warn("delivery log unavailable, trying again in {}: {}", properties.pollInterval(),
                    FailureText.of(storeTrouble));
        } finally {
            idleSenders.release();
        }
    }

    private Optional<Delivery> claimNext() {
        Instant now = clock.instant();
        return deliveries.claimNext(now, now.plus(properties.lease()));
    }

    private void attempt(Delivery delivery) {
        ChannelSender sender = senders.get(delivery.channel());
        try {
            if (sender == null) {
                throw SendFailure.permanent("no sender for channel " + delivery.channel().code());
            }
            sender.send(delivery);
            Instant sentAt = clock.instant();
            if (deliveries.markSent(delivery, sentAt)) {
                metrics.sent(delivery, sentAt);
            }
        } catch (SendFailure failure) {
            failed(delivery, failure.getMessage(), failure.permanent());
        } catch (RuntimeException unexpected) {
            failed(delivery, FailureText.of(unexpected), false);
        }
    }

    private void failed(Delivery delivery, String error, boolean permanent) {
        metrics.attemptFailed(delivery);
        if (permanent || delivery.attempts() >= properties.retry().maxAttempts()) {
            if (deliveries.markFailed(delivery, error)) {
                metrics.failed(delivery);
                log.warn("notification {} ({}, {} to {}@{}) FAILED after {} attempt(s): {}", delivery.id(),
                        delivery.rule(), delivery.channel().code(), delivery.recipientRole(), delivery.recipientUnit(),
                        delivery.attempts(), error);
            }
            return;
        }
        Instant next = clock.instant().plus(properties.retry().backoffAfter(delivery.attempts()));
        deliveries.reschedule(delivery, next, error);
        log.info("notification {} ({} by {}) attempt {} failed, next at {}: {}", delivery.id(), delivery.rule(),
                delivery.channel().code(), delivery.attempts(), next, error);
    }

    @Override
    public void start() {
        sending = Executors.newFixedThreadPool(properties.senders(), Thread.ofPlatform().name("notify-send-", 0).factory());
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("notify-dispatch").daemon().factory());
        long every = properties.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::wake, 0, every, TimeUnit.MILLISECONDS);
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
    }

    @Override
    public boolean isRunning() {
        return sending != null;
    }
}
