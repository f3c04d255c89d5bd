package io.complaints.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The delivery log's meters, tagged by rule and channel only (never by recipient):
 * {@code notifications_recorded_total}, {@code notifications_sent_total},
 * {@code notifications_attempts_failed_total}, {@code notifications_failed_total}, the gauge
 * {@code notifications_log_entries{status}} of entries PENDING and FAILED now, and the timer
 * {@code notifications_latency_seconds}: from the event to the channel's acceptance.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry meters;

    public DeliveryMetrics(MeterRegistry meters, DeliveryLog deliveries) {
        this.meters = meters;
        for (DeliveryStatus status : new DeliveryStatus[] {DeliveryStatus.PENDING, DeliveryStatus.FAILED}) {
            Gauge.builder("notifications.log.entries", deliveries, log -> log.count(status))
                    .description("Entries of the delivery log in this status now").tag("status", status.name())
                    .register(meters);
        }
    }

    public void recorded(Delivery delivery) {
        counter("notifications.recorded", delivery).increment();
    }

    /** An event's notifications were decided already: a redelivery or a replay, nothing recorded again. */
    public void repeated(String eventType) {
        meters.counter("notifications.repeated.events", "event", eventType).increment();
    }

    void sent(Delivery delivery, Instant sentAt) {
        counter("notifications.sent", delivery).increment();
        if (delivery.eventTime() != null) {
            Timer.builder("notifications.latency").description("From the event to the channel's acceptance")
                    .tag("channel", delivery.channel().code()).tag("rule", delivery.rule())
                    .publishPercentileHistogram().register(meters)
                    .record(Duration.between(delivery.eventTime(), sentAt));
        }
    }

    void attemptFailed(Delivery delivery) {
        counter("notifications.attempts.failed", delivery).increment();
    }

    public void failed(Delivery delivery) {
        counter("notifications.failed", delivery).increment();
    }

    private Counter counter(String name, Delivery delivery) {
        return meters.counter(name, "rule", delivery.rule(), "channel", delivery.channel().code());
    }
}
