package io.complaints.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the delivery log is worked off ({@code complaints.notifications.delivery}).
 *
 * @param pollInterval how often due notifications are looked for (new ones are sent at once anyway)
 * @param senders      notifications sent at the same time by one instance (each sender mostly waits for the
 *                     channel and the store, so several keep up with a burst of alerts)
 * @param lease        how long a claimed notification is held by its sender before another instance may take
 *                     it: longer than any channel's timeout
 * @param retry        when a failed attempt is tried again
 */
@ConfigurationProperties("complaints.notifications.delivery")
public record DeliveryProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("16") int senders,
        @DefaultValue("2m") Duration lease,
        @DefaultValue Retry retry) {

    public DeliveryProperties {
        if (senders < 1) {
            throw new IllegalArgumentException("complaints.notifications.delivery.senders must be at least 1");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("complaints.notifications.delivery: poll-interval must be positive "
                    + "and lease at least 1s");
        }
    }

    /**
     * Exponential backoff: the n-th retry waits {@code initialInterval × multiplier^(n-1)}, at most
     * {@code maxInterval}; after {@code maxAttempts} attempts the notification is FAILED.
     */
    public record Retry(
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("2s") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10m") Duration maxInterval) {

        public Retry {
            if (maxAttempts < 1 || multiplier < 1.0 || initialInterval.isNegative() || maxInterval.compareTo(initialInterval) < 0) {
                throw new IllegalArgumentException("complaints.notifications.delivery.retry: max-attempts at least 1, "
                        + "multiplier at least 1, max-interval not below initial-interval");
            }
        }

        /** How long to wait after the given number of attempts failed. */
        public Duration backoffAfter(int attempts) {
            double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
            return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis((long) millis);
        }
    }
}
