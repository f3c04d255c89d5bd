package io.complaints.platform.axon;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.kafka.KafkaEdgeAutoConfiguration;
import io.complaints.platform.outbox.KafkaOutbox;
import io.complaints.platform.outbox.OutboxLag;
import io.complaints.platform.tracing.EventTracing;

/**
 * For the event-sourced services: Axon's JDBC event store on PostgreSQL and the outbox publisher.
 * The tables come from the Flyway migration {@code classpath:db/axon}.
 */
@AutoConfiguration(after = KafkaEdgeAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(ConfigurerModule.class)
public class AxonStoreAutoConfiguration {

    /**
     * A service that declares what it seals ({@link PayloadSealing}) stores its events through
     * {@link SealingEventStorageEngine}, wrapped around the storage engine after the audit chain (order 0).
     */
    @Bean
    static SealStoredPersonalData sealStoredPersonalData(ObjectProvider<PayloadSealing> sealing) {
        return new SealStoredPersonalData(sealing);
    }

    /** Declared as its own type, so that Spring sees its order before it creates it. */
    record SealStoredPersonalData(ObjectProvider<PayloadSealing> sealing) implements BeanPostProcessor, Ordered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof EventStorageEngine engine) || bean instanceof SealingEventStorageEngine) {
                return bean;
            }
            PayloadSealing declared = sealing.getIfAvailable();
            return declared == null ? bean : new SealingEventStorageEngine(engine, declared);
        }

        @Override
        public int getOrder() {
            return 10;
        }
    }

    /** PostgreSQL's unique_violation: a conflicting append becomes Axon's concurrency exception. */
    @Bean
    @ConditionalOnMissingBean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * Tracking tokens in PostgreSQL, claimed under a name unique to this running instance: Axon's
     * default (pid@host) is shared by two instances in one JVM, which would then both process every
     * segment.
     */
    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    KafkaOutbox kafkaOutbox(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
                            @Value("${complaints.outbox.ack-timeout:30s}") Duration ackTimeout,
                            ObjectProvider<EventTracing> tracing) {
        return new KafkaOutbox(kafka, codec, ackTimeout, tracing.getIfAvailable(EventTracing::off));
    }

    /** How far the outbox publisher is behind the store: {@code complaints_outbox_pending_events}, {@code _lag_seconds}. */
    @Bean
    @ConditionalOnBean(KafkaOutbox.class)
    OutboxLag outboxLag(DataSource dataSource, Serializer serializer, Clock clock) {
        return new OutboxLag(dataSource, serializer, clock);
    }

    /**
     * An event handler that fails is never logged and skipped (Axon's default): a subscribing
     * projection's failure fails the command that caused it, so nothing is acknowledged that was not
     * recorded; a tracking processor, the outbox publisher among them, stops and retries its batch.
     */
    @Bean
    ConfigurerModule handlerFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }
}
