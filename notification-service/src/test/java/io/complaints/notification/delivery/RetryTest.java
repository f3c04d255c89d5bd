package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The exponential backoff between attempts. */
class RetryTest {

    @Test
    void doublesFromTheInitialIntervalUpToTheMaximum() {
        var retry = new DeliveryProperties.Retry(12, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(10));
        assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(retry.backoffAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(retry.backoffAfter(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(retry.backoffAfter(10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(retry.backoffAfter(40)).isEqualTo(Duration.ofMinutes(10));
    }
}
