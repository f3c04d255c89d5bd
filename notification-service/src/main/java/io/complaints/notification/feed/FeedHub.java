package io.complaints.notification.feed;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.complaints.platform.limits.CallerPermits;

/**
 * The open streams of this instance, each of one unit; hands each notice to those that see it. Each
 * stream holds one of its caller's permits ({@link FeedProperties#perCaller()}, {@link
 * FeedProperties#perInstance()}) until it completes, times out or fails.
 */
@Component
class FeedHub {

    static final String EVENT = "notification";

    private record Subscriber(String caller, String unit, SseEmitter stream) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final CallerPermits permits;

    FeedHub(FeedProperties properties) {
        this.permits = new CallerPermits("live feeds", properties.perCaller(), properties.perInstance());
    }

    /** A stream of {@code unit}'s notices for {@code caller}; TooManyRequestsException when they hold enough already. */
    SseEmitter subscribe(String caller, String unit, Duration timeout) {
        CallerPermits.Permit permit = permits.acquire(caller);
        SseEmitter stream = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(caller, unit, stream);
        Runnable end = () -> {
            subscribers.remove(subscriber);
            permit.close();
        };
        stream.onCompletion(end);
        stream.onTimeout(end);
        stream.onError(failure -> end.run());
        try {
            stream.send(SseEmitter.event().comment("notifications of " + unit + " and the units below it"));
        } catch (IOException gone) {
            end.run();
            stream.completeWithError(gone);
            return stream;
        }
        subscribers.add(subscriber);
        return stream;
    }

    boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    /** How many streams {@code caller} holds open on this instance. */
    long streamsOf(String caller) {
        return subscribers.stream().filter(subscriber -> subscriber.caller().equals(caller)).count();
    }

    /** Called from one thread only: a stream is never written by two at once. */
    void publish(FeedNotice notice) {
        for (Subscriber subscriber : subscribers) {
            if (notice.visibleTo(subscriber.unit())) {
                send(subscriber, SseEmitter.event().name(EVENT).id(notice.id()).data(notice, MediaType.APPLICATION_JSON));
            }
        }
    }

    void heartbeat() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("heartbeat")));
    }

    /** Ends every stream, e.g. when the service stops: clients reconnect to another instance. */
    void completeAll() {
        for (Subscriber subscriber : subscribers) {
            subscribers.remove(subscriber);
            subscriber.stream().complete();
        }
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.stream().send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
            subscriber.stream().completeWithError(gone);
        }
    }
}
