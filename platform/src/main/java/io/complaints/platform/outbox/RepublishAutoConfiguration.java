package io.complaints.platform.outbox;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.platform.axon.AxonStoreAutoConfiguration;
import io.complaints.platform.json.CloudEventCodec;

/**
 * For a service that publishes its event store ({@link EventTranslator}): the operator's
 * {@code POST /api/admin/republish}.
 */
@AutoConfiguration(after = AxonStoreAutoConfiguration.class)
@ConditionalOnClass(EventStore.class)
@ConditionalOnBean(EventTranslator.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RepublishAutoConfiguration {

    @Bean
    Republisher republisher(EventStore store, DataSource dataSource, EventTranslator translator,
                            KafkaTemplate<String, byte[]> kafka, KafkaAdmin admin, CloudEventCodec codec,
                            @Value("${complaints.outbox.ack-timeout:30s}") Duration ackTimeout, Clock clock) {
        return new Republisher(store, new StoredEvents(dataSource), translator, kafka, admin, codec, ackTimeout, clock);
    }

    @Bean
    RepublishController republishController(Republisher republisher) {
        return new RepublishController(republisher);
    }
}
