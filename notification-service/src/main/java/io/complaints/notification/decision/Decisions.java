package io.complaints.notification.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
 * absent, by event, recipient and channel), writes the live feed's notices, marks the event decided,
 * and wakes the dispatcher. Sends nothing itself: a replayed event finds its decision and changes
 * nothing, whatever the directory or rules say by then.
 */
@Component
class Decisions {

    private static final Logger log = LoggerFactory.getLogger(Decisions.class);

    private final RuleBook rules;
    private final CaseFactsStore cases;
    private final DecidedEvents decided;
    private final DeliveryPlanner planner;
    private final DeliveryLog deliveries;
    private final FeedNotices feed;
    private final Dispatcher dispatcher;
    private final DeliveryMetrics metrics;
    private final Clock clock;

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

    void on(CloudEvent<Object> event) {
        String type = event.data().getClass().getSimpleName();
        if (rules.concerns(type)) {
            if (decided.contains(event.id())) {
                metrics.repeated(type);
            } else {
                decide(Occurrences.of(event, cases.of(event.subject())));
            }
        }
        cases.apply(event.data());
    }

    private void decide(Occurrence occurrence) {
        Instant now = clock.instant();
        List<Notice> notices = rules.noticesOf(occurrence);
        boolean toSend = false;
        for (Notice notice : notices) {
            for (Delivery delivery : deliveries.record(planner.plan(occurrence, notice, now))) {
                toSend |= recorded(delivery);
            }
            if (!notice.toComplainant()) {
                feed.record(feedNotice(occurrence, notice, now));
            }
        }
        decided.add(new DecidedEvents.Decided(occurrence.eventId(), occurrence.eventType(), occurrence.complaintId(),
                notices.size(), now));
        if (toSend) {
            dispatcher.wake();
        }
    }

    /** Counts a delivery recorded now; true when it waits to be sent. */
    private boolean recorded(Delivery delivery) {
        metrics.recorded(delivery);
        if (delivery.channel() == Channel.NONE) {
            metrics.failed(delivery);
            log.warn("notification {} of {} ({}): nobody to tell as {}@{}", delivery.id(), delivery.eventType(),
                    delivery.rule(), delivery.recipientRole(), delivery.recipientUnit());
            return false;
        }
        return true;
    }

    private static FeedNotice feedNotice(Occurrence occurrence, Notice notice, Instant now) {
        var audience = notice.audience();
        String id = Delivery.idOf(occurrence.eventId(), "feed:" + notice.rule().name() + ":" + audience.key(), Channel.NONE);
        return new FeedNotice(id, occurrence.eventId(), occurrence.eventType(), occurrence.time(), notice.rule().name(),
                occurrence.complaintId(), occurrence.registrationNumber(), occurrence.level(), audience.role(),
                audience.unit().code(), audience.unit().path(), now);
    }
}
