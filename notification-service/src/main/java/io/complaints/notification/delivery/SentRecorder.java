package io.complaints.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the notifications the channels accepted, as many as came in together in two round trips to
 * MongoDB, so that a sender goes on to the next notification as soon as its channel accepted one. A
 * stop records what still waits before it returns; an instance that dies before leaves those pending,
 * to be sent again once their lease ends (every e-mail and webhook carries its delivery id).
 */
final class SentRecorder {

    private static final Logger log = LoggerFactory.getLogger(SentRecorder.class);
    private static final int MOST_AT_ONCE = 200;
    private static final Duration WAIT_ON_STOP = Duration.ofSeconds(10);

    private final DeliveryLog deliveries;
    private final Duration retryAfter;
    private final BlockingQueue<DeliveryLog.Sent> waiting = new LinkedBlockingQueue<>();
    private volatile boolean stopping;
    private volatile Thread recording;

    SentRecorder(DeliveryLog deliveries, Duration retryAfter) {
        this.deliveries = deliveries;
        this.retryAfter = retryAfter;
    }

    void add(DeliveryLog.Claimed claimed, Instant sentAt) {
        waiting.add(new DeliveryLog.Sent(claimed, sentAt));
    }

    void start() {
        stopping = false;
        recording = Thread.ofPlatform().name("notify-record-sent").daemon().start(this::recordUntilStopped);
    }

    /** Records what still waits, then returns (at most after ten seconds). */
    void stop() {
        stopping = true;
        Thread stopped = recording;
        if (stopped != null) {
            try {
                stopped.join(WAIT_ON_STOP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void recordUntilStopped() {
        List<DeliveryLog.Sent> batch = new ArrayList<>();
        while (!stopping || !waiting.isEmpty()) {
            try {
                DeliveryLog.Sent first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    waiting.drainTo(batch, MOST_AT_ONCE - 1);
                    record(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Tries again while MongoDB is unavailable: dropping them would send them again after their lease. */
    private void record(List<DeliveryLog.Sent> batch) throws InterruptedException {
        while (true) {
            try {
                deliveries.markSent(batch);
                return;
            } catch (RuntimeException storeTrouble) {
                log.warn("{} sent notification(s) not recorded yet, trying again in {}: {}", batch.size(), retryAfter,
                        FailureText.of(storeTrouble));
                if (stopping) {
                    return;
                }
                Thread.sleep(retryAfter.toMillis());
            }
        }
    }
}
