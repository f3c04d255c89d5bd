package io.complaints.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.complaints.intake.support.RunningIntake;
import io.complaints.platform.outbox.KafkaOutbox;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox lag is read from the store, whichever instance publishes: while the publisher stands
 * still, what is registered counts as pending and grows old; once it moves, both fall back to 0.
 */
class OutboxLagTest extends RunningIntake {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private MeterRegistry meters;

    @Test
    void eventsStoredButNotPublishedArePendingAndAgeUntilThePublisherSendsThem() {
        TrackingEventProcessor publisher = processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> gauge("complaints.outbox.pending.events") == 0);

        publisher.shutDown();
        try {
            http().register("SH-PD", 2, "13700001111");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(gauge("complaints.outbox.pending.events")).isGreaterThanOrEqualTo(1);
                assertThat(gauge("complaints.outbox.lag")).isGreaterThan(0);
            });
        } finally {
            publisher.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(gauge("complaints.outbox.pending.events")).isZero();
            assertThat(gauge("complaints.outbox.lag")).isZero();
        });
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
