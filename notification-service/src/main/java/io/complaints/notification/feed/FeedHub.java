package io.complaints.notification.feed;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The open streams of this instance, each of one unit; hands each notice to those that see it. */
@Component
class FeedHub {

    static final String EVENT = "notification";

    private record Subscriber(String unit, SseEmitter stream) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    SseEmitter subscribe(String unit, Duration timeout) {
        SseEmitter stream = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(unit, stream);
        stream.onCompletion(() -> subscribers.remove(subscriber));
        stream.onTimeout(() -> subscribers.remove(subscriber));
        stream.onError(failure -> subscribers.remove(subscriber));
        try {
            stream.send(SseEmitter.event().comment("notifications of " + unit + " and the units below it"));
        } catch (IOException gone) {
            stream.completeWithError(gone);
            return stream;
        }
        subscribers.add(subscriber);
        return stream;
    }

    boolean hasSubscribers() {
        return !subscribers.isEmpty();
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
