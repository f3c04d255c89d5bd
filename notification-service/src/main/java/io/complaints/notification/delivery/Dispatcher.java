package io.complaints.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.complaints.platform.tracing.EventTracing;
import io.micrometer.tracing.Span;

/**
 * Works off the delivery log: claims due notifications, hands each to its channel, and records the
 * outcome: SENT (recorded by the {@link SentRecorder}, so the sender goes on at once); or, on failure,
 * the next attempt after an exponential backoff; or FAILED once the retry budget is spent or the
 * failure is permanent. Runs on every instance; the claims keep any two from sending the same
 * notification. Sending never happens in the Kafka consumer, so a replayed event finds its
 * notifications logged and sends nothing again.
 *
 * <p>One claimer per instance takes due notifications many at once (a few round trips for all of them)
 * and hands them to the senders, keeping up to as many again waiting for a sender as there are
 * senders, so that a sender that finishes goes on at once. It is woken right after new notifications
 * were logged, when the senders worked off half of what it handed out while more may be due, and at
 * every poll.
 *
 * <p>Each attempt is a span of the trace its event was decided in (kept with the delivery, see
 * {@link Delivery#traceContext()}): {@code notification send email} or {@code notification send webhook},
 * current while the channel sends (a webhook passes it on to its receiver), tagged with the channel, the
 * rule, the attempt and its outcome only (never an address or what the message says).
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
    private final EventTracing tracing;
    /** Room for notifications claimed and not done yet: twice the senders (those sending, as many waiting). */
    private final Semaphore room;
    private final SentRecorder recorder;
    private final Object wakeUp = new Object();
    /** Woken since the claimer last looked (guarded by {@link #wakeUp}). */
    private boolean woken;
    /** The claimer waits for room: the sender that makes enough wakes it. */
    private volatile boolean waitingForRoom;
    private volatile boolean running;
    private volatile ExecutorService sending;
    private volatile Thread claimer;

    public Dispatcher(DeliveryLog deliveries, List<ChannelSender> senders, DeliveryProperties properties,
                      DeliveryMetrics metrics, Clock clock, EventTracing tracing) {
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.tracing = tracing;
        this.room = new Semaphore(2 * properties.senders());
        this.recorder = new SentRecorder(deliveries, properties.pollInterval());
    }

    /**
     * Looks for due notifications now rather than at the next poll: called right after new ones were
     * logged, or a failed one was queued again.
     */
    public void wake() {
        synchronized (wakeUp) {
            woken = true;
            wakeUp.notifyAll();
        }
    }

    /** How many notifications this instance holds now: claimed, and being sent or waiting for a sender. */
    int inHand() {
        return 2 * properties.senders() - room.availablePermits();
    }

    private void claimUntilStopped() {
        while (running) {
            try {
                claimWhileThereIsRoom();
            } catch (RuntimeException storeTrouble) {
                log.warn("delivery log unavailable, trying again in {}: {}", properties.pollInterval(),
                        FailureText.of(storeTrouble));
            }
            try {
                awaitWakeUpOrPoll();
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    private void awaitWakeUpOrPoll() throws InterruptedException {
        synchronized (wakeUp) {
            if (!woken) {
                wakeUp.wait(properties.pollInterval().toMillis());
            }
            woken = false;
        }
    }

    /**
     * Takes as many due notifications as there is room for, again while that many were due; waits while
     * at least as many as there are senders are claimed and not done.
     */
    private void claimWhileThereIsRoom() {
        ExecutorService pool = sending;
        while (running && pool != null) {
            waitingForRoom = true;
            int free = room.availablePermits();
            if (free < properties.senders()) {
                return;
            }
            waitingForRoom = false;
            Instant now = clock.instant();
            List<DeliveryLog.Claimed> claimed = deliveries.claimDue(now, now.plus(properties.lease()), free);
            for (DeliveryLog.Claimed one : claimed) {
                room.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        attempt(one);
                    } finally {
                        room.release();
                        if (waitingForRoom && room.availablePermits() >= properties.senders()) {
                            waitingForRoom = false;
                            wake();
                        }
                    }
                });
            }
            if (claimed.size() < free) {
                return;
            }
        }
    }

    private void attempt(DeliveryLog.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        Span span = tracing.startChildOf(delivery.traceContext(), "notification send " + delivery.channel().code(),
                        Span.Kind.CLIENT)
                .tag("notification.channel", delivery.channel().code())
                .tag("notification.rule", String.valueOf(delivery.rule()))
                .tag("notification.attempt", String.valueOf(delivery.attempts()))
                .tag("notification.delivery", delivery.id());
        try (var ignored = tracing.inScope(span)) {
            span.tag("outcome", send(claimed));
        } finally {
            span.end();
        }
    }

    /** Hands it to its channel and records what came of it: {@code sent}, {@code retrying} or {@code failed}. */
    private String send(DeliveryLog.Claimed claimed) {
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
            return "sent";
        } catch (SendFailure failure) {
            return failed(claimed, failure.getMessage(), failure.permanent());
        } catch (RuntimeException unexpected) {
            return failed(claimed, FailureText.of(unexpected), false);
        }
    }

    private String failed(DeliveryLog.Claimed claimed, String error, boolean permanent) {
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
            return "failed";
        }
        Instant next = now.plus(properties.retry().backoffAfter(delivery.attempts()));
        deliveries.reschedule(claimed, now, next, error);
        log.info("notification {} ({} by {}) attempt {} failed, next at {}: {}", delivery.id(), delivery.rule(),
                delivery.channel().code(), delivery.attempts(), next, error);
        return "retrying";
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
        running = true;
        claimer = Thread.ofPlatform().name("notify-dispatch").daemon().start(() -> {
            adoptOpenEntries();
            claimUntilStopped();
        });
    }

    @Override
    public void stop() {
        running = false;
        Thread stoppingClaimer = claimer;
        ExecutorService stoppingSenders = sending;
        claimer = null;
        sending = null;
        try {
            if (stoppingClaimer != null) {
                stoppingClaimer.interrupt();
                stoppingClaimer.join(10_000);
            }
            if (stoppingSenders != null) {
                stoppingSenders.shutdown();
                stoppingSenders.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recorder.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
