package io.complaints.notification.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * absent, by event, recipient and channel) and wakes the dispatcher, then writes the live feed's
 * notices and marks the event decided. Sends nothing itself: a replayed event finds its decision and changes
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
                decide(Occurrences.of(event, Occurrences.carriesItsCase(event.data()) ? Optional.empty()
                        : cases.of(event.subject())));
            }
        }
        cases.apply(event.data());
    }

    /** Logs the deliveries first and wakes the dispatcher, then writes what is not needed to send them. */
    private void decide(Occurrence occurrence) {
        Instant now = clock.instant();
        List<Notice> notices = rules.noticesOf(occurrence);
        List<Delivery> planned = new ArrayList<>();
        List<FeedNotice> feedNotices = new ArrayList<>();
        for (Notice notice : notices) {
            planned.addAll(planner.plan(occurrence, notice, now));
            if (!notice.toComplainant()) {
                feedNotices.add(feedNotice(occurrence, notice, now));
            }
        }
        int toSend = recorded(deliveries.record(planned));
        if (toSend > 0) {
            dispatcher.wake(toSend);
        }
        feed.record(feedNotices);
        decided.add(new DecidedEvents.Decided(occurrence.eventId(), occurrence.eventType(), occurrence.complaintId(),
                notices.size(), now));
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

    private static FeedNotice feedNotice(Occurrence occurrence, Notice notice, Instant now) {
        var audience = notice.audience();
        String id = Delivery.idOf(occurrence.eventId(), "feed:" + notice.rule().name() + ":" + audience.key(), Channel.NONE);
        return new FeedNotice(id, occurrence.eventId(), occurrence.eventType(), occurrence.time(), notice.rule().name(),
                occurrence.complaintId(), occurrence.registrationNumber(), occurrence.level(), audience.role(),
                audience.unit().code(), audience.unit().path(), now);
    }
}
