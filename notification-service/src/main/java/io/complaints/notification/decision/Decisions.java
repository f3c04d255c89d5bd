package io.complaints.notification.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import io.complaints.events.CloudEvent;
import io.complaints.notification.delivery.Channel;
import io.complaints.notification.delivery.Delivery;
import io.complaints.notification.delivery.DeliveryLog;
import io.complaints.notification.delivery.DeliveryMetrics;
import io.complaints.notification.delivery.Dispatcher;
import io.complaints.notification.feed.FeedNotice;
import io.complaints.notification.feed.FeedNotices;
import io.complaints.notification.rules.Notice;
import io.complaints.notification.rules.Occurrence;
import io.complaints.notification.rules.RuleBook;

/**
 * Decides the notifications of each event once: applies the rules, logs every delivery (insert if
 * absent, by event, recipient and channel) and wakes the dispatcher, then writes the live feed's
 * notices, marks the event decided and keeps what the event says of its case. Sends nothing itself: a
 * replayed event finds its decision and changes nothing, whatever the directory or rules say by then.
 *
 * <p>Events come as a consumer's poll brought them. A run of events about different complaints is
 * decided together, each step one round trip to MongoDB for all of them, so that a burst of events
 * costs hardly more than one; an event about a complaint already in the run starts the next run, so
 * that it sees what the events before it changed.
 */
@Component
class Decisions {

    private static final Logger log = LoggerFactory.getLogger(Decisions.class);

    /** The event at {@link #index()} could not be decided (its cause says why); those before it were. */
    static final class Undecided extends RuntimeException {

        private final int index;

        Undecided(int index, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    private final RuleBook rules;
    private final CaseFactsStore cases;
    private final DecidedEvents decided;
    private final DeliveryPlanner planner;
    private final DeliveryLog deliveries;
    private final FeedNotices feed;
    private final Dispatcher dispatcher;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    /** Runs the writes and reads of a run that do not wait for each other side by side. */
    private final ExecutorService alongside = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("notify-decide-", 0).daemon().factory());

    Decisions(RuleBook rules, CaseFactsStore cases, DecidedEvents decided, DeliveryPlanner planner,
              DeliveryLog deliveries, FeedNotices feed, Dispatcher dispatcher, DeliveryMetrics metrics, Clock clock) {
        this.rules = rules;
        this.cases = cases;
        this.decided = decided;
        this.planner = planner;
        this.deliveries = deliveries;
        this.feed = feed;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Decides the events in their order; a null stands for an event of a type this service does not
     * know, which it skips. Throws {@link Undecided} for the first event that could not be decided,
     * after all those before it were. Each event's deliveries keep the trace context given for it (at
     * the same index), so that sending them continues the event's trace.
     */
    void on(List<CloudEvent<Object>> events, List<Map<String, String>> traceContexts) {
        for (int start = 0, end; start < events.size(); start = end) {
            end = endOfRun(events, start);
            decide(events, traceContexts, start, end);
        }
    }

    /** Where the run that begins at {@code start} ends: before the next event about a complaint already in it. */
    private static int endOfRun(List<CloudEvent<Object>> events, int start) {
        Set<String> complaints = new HashSet<>();
        int end = start;
        while (end < events.size() && (events.get(end) == null || complaints.add(events.get(end).subject()))) {
            end++;
        }
        return end;
    }

    private void decide(List<CloudEvent<Object>> events, List<Map<String, String>> traceContexts, int from, int to) {
        List<CloudEvent<Object>> concerned = events.subList(from, to).stream()
                .filter(event -> event != null && rules.concerns(typeOf(event))).toList();
        Set<String> decidedBefore;
        Map<String, CaseFacts> known;
        try {
            var decidedBeforeRead = CompletableFuture.supplyAsync(
                    () -> decided.among(concerned.stream().map(CloudEvent::id).toList()), alongside);
            known = cases.of(concerned.stream().filter(event -> !Occurrences.carriesItsCase(event.data()))
                    .map(CloudEvent::subject).collect(Collectors.toSet()));
            decidedBefore = joined(decidedBeforeRead);
        } catch (RuntimeException storeTrouble) {
            throw new Undecided(from, storeTrouble);
        }
        Instant now = clock.instant();
        Plan plan = new Plan();
        int end = to;
        RuntimeException undecidable = null;
        for (int i = from; i < to && undecidable == null; i++) {
            CloudEvent<Object> event = events.get(i);
            if (event == null || !rules.concerns(typeOf(event))) {
                continue;
            }
            if (decidedBefore.contains(event.id())) {
                plan.repeated.add(typeOf(event));
                continue;
            }
            try {
                plan.add(Occurrences.of(event, Optional.ofNullable(known.get(event.subject()))), now,
                        i < traceContexts.size() ? traceContexts.get(i) : Map.of());
            } catch (RuntimeException cannotDecide) {
                end = i;
                undecidable = cannotDecide;
            }
        }
        try {
            write(plan, events.subList(from, end).stream().filter(Objects::nonNull).toList());
        } catch (RuntimeException storeTrouble) {
            throw new Undecided(from, storeTrouble);
        }
        if (undecidable != null) {
            throw new Undecided(end, undecidable);
        }
    }

    /**
     * Logs the deliveries first and wakes the dispatcher, then writes what is not needed to send them
     * (feed notices, decided marks, case facts) side by side.
     */
    private void write(Plan plan, List<CloudEvent<Object>> applied) {
        int toSend = recorded(deliveries.record(plan.deliveries));
        if (toSend > 0) {
            dispatcher.wake();
        }
        var feedWritten = CompletableFuture.runAsync(() -> feed.record(plan.feedNotices), alongside);
        var marked = CompletableFuture.runAsync(() -> decided.add(plan.decided), alongside);
        try {
            cases.apply(applied);
        } finally {
            joined(feedWritten);
            joined(marked);
        }
        plan.repeated.forEach(metrics::repeated);
    }

    /** Its result once done; what it threw, as thrown. */
    private static <T> T joined(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    @PreDestroy
    void stop() {
        alongside.shutdown();
    }

    /** What a run of events decided. */
    private final class Plan {

        final List<Delivery> deliveries = new ArrayList<>();
        final List<FeedNotice> feedNotices = new ArrayList<>();
        final List<DecidedEvents.Decided> decided = new ArrayList<>();
        final List<String> repeated = new ArrayList<>();

        void add(Occurrence occurrence, Instant now, Map<String, String> traceContext) {
            List<Notice> notices = rules.noticesOf(occurrence);
            List<Delivery> planned = new ArrayList<>();
            List<FeedNotice> shown = new ArrayList<>();
            for (Notice notice : notices) {
                planner.plan(occurrence, notice, now).forEach(entry -> planned.add(entry.tracedIn(traceContext)));
                if (!notice.toComplainant()) {
                    shown.add(feedNotice(occurrence, notice, now));
                }
            }
            deliveries.addAll(planned);
            feedNotices.addAll(shown);
            decided.add(new DecidedEvents.Decided(occurrence.eventId(), occurrence.eventType(),
                    occurrence.complaintId(), notices.size(), now));
        }
    }

    /** Counts what was recorded now; returns how many of them wait to be sent. */
    private int recorded(List<Delivery> recorded) {
        int toSend = 0;
        for (Delivery delivery : recorded) {
            metrics.recorded(delivery);
            if (delivery.channel() == Channel.NONE) {
                metrics.failed(delivery);
                log.warn("notification {} of {} ({}): nobody to tell as {}@{}", delivery.id(), delivery.eventType(),
                        delivery.rule(), delivery.recipientRole(), delivery.recipientUnit());
            } else {
                toSend++;
            }
        }
        return toSend;
    }

    private static String typeOf(CloudEvent<Object> event) {
        return event.data().getClass().getSimpleName();
    }

    private static FeedNotice feedNotice(Occurrence occurrence, Notice notice, Instant now) {
        var audience = notice.audience();
        String id = Delivery.idOf(occurrence.eventId(), "feed:" + notice.rule().name() + ":" + audience.key(), Channel.NONE);
        return new FeedNotice(id, occurrence.eventId(), occurrence.eventType(), occurrence.time(), notice.rule().name(),
                occurrence.complaintId(), occurrence.registrationNumber(), occurrence.level(), audience.role(),
                audience.unit().code(), audience.unit().path(), now);
    }
}
