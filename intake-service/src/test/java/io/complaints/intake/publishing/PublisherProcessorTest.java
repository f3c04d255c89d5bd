package io.complaints.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.complaints.intake.support.RunningIntake;
import io.complaints.platform.outbox.KafkaOutbox;

/**
 * The publisher reads the event store with a tracking processor whose token is kept in PostgreSQL,
 * so that what was stored is published after any outage: a subscribing publisher would publish in
 * the registering transaction and lose nothing only while the broker answers.
 */
class PublisherProcessorTest extends RunningIntake {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void thePublisherIsATrackingProcessorWithItsTokenInTheDatabase() {
        assertThat(processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP))
                .as("the publisher's processor").containsInstanceOf(TrackingEventProcessor.class);
        TrackingEventProcessor publisher = processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        assertThat(publisher.isRunning()).isTrue();
        assertThat(publisher.maxCapacity()).as("threads reading the store").isEqualTo(4);
        assertThat(processing.tokenStore(KafkaOutbox.PROCESSING_GROUP)).isInstanceOf(JdbcTokenStore.class);
    }
}
