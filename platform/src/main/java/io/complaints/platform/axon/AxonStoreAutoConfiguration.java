package io.complaints.platform.axon;

import java.time.Duration;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.kafka.KafkaEdgeAutoConfiguration;
import io.complaints.platform.outbox.KafkaOutbox;

/**
 * For the event-sourced services: Axon's JDBC event store on PostgreSQL and the outbox publisher.
 * The tables come from the Flyway migration {@code classpath:db/axon}.
 */
@AutoConfiguration(after = KafkaEdgeAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(ConfigurerModule.class)
public class AxonStoreAutoConfiguration {

    /** PostgreSQL's unique_violation: a conflicting append becomes Axon's concurrency exception. */
    @Bean
    @ConditionalOnMissingBean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    KafkaOutbox kafkaOutbox(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
                            @Value("${complaints.outbox.ack-timeout:30s}") Duration ackTimeout) {
        return new KafkaOutbox(kafka, codec, ackTimeout);
    }

    /** A publisher that fails must stop and retry its batch, never log and skip the event. */
    @Bean
    ConfigurerModule outboxFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(KafkaOutbox.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance());
    }
}
