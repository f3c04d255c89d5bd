package io.complaints.notification.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the feed notices every instance writes and hands new ones to this instance's streams. Each
 * look reaches back by the overlap and skips what was shown, so a notice written late, or by an
 * instance whose clock is a little behind, still shows once. On shutdown it ends the streams before
 * the web server's graceful shutdown would wait for them.
 */
@Component
class FeedTail implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedTail.class);

    private final FeedNotices notices;
    private final FeedHub hub;
    private final FeedProperties properties;
    private final Clock clock;
    private final Map<String, Instant> shown = new HashMap<>();
    private Instant cursor;
    private Instant lastHeartbeat;
    private volatile ScheduledExecutorService ticker;

    FeedTail(FeedNotices notices, FeedHub hub, FeedProperties properties, Clock clock) {
        this.notices = notices;
        this.hub = hub;
        this.properties = properties;
        this.clock = clock;
    }

    private void tick() {
        Instant now = clock.instant();
        if (!hub.hasSubscribers()) {
            cursor = now;
            shown.clear();
            return;
        }
        try {
            for (FeedNotice notice : notices.since(cursor.minus(properties.overlap()))) {
                if (shown.putIfAbsent(notice.id(), notice.createdAt()) == null) {
                    hub.publish(notice);
                }
            }
            cursor = now;
            shown.values().removeIf(at -> at.isBefore(now.minus(properties.overlap().multipliedBy(2))));
        } catch (RuntimeException storeTrouble) {
            log.warn("feed notices unavailable, trying again: {}", storeTrouble.getClass().getSimpleName());
        }
        if (lastHeartbeat == null || lastHeartbeat.plus(properties.heartbeat()).isBefore(now)) {
            hub.heartbeat();
            lastHeartbeat = now;
        }
    }

    @Override
    public void start() {
        cursor = clock.instant();
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("notify-feed").daemon().factory());
        ticker.scheduleWithFixedDelay(this::tick, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = ticker;
        ticker = null;
        if (stopping != null) {
            stopping.shutdownNow();
        }
        hub.completeAll();
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }
}
