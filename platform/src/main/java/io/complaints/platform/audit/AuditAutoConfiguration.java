package io.complaints.platform.audit;

import java.time.Clock;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.complaints.platform.axon.AxonStoreAutoConfiguration;

/**
 * For the event-sourced services (Axon's JDBC event store): every stored event chained into the audit
 * trail in the transaction that stores it, periodic checkpoints over all streams, and the auditors'
 * endpoints under {@code /api/audit}. The tables come from {@code db/axon/R__audit_chain.sql}.
 */
@AutoConfiguration(after = AxonStoreAutoConfiguration.class,
        afterName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(JdbcEventStorageEngine.class)
@ConditionalOnProperty(name = "complaints.audit.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    /**
     * Wraps Axon's JDBC storage engine, wherever it was configured, so that each append is chained; first
     * (order 0), so that what wraps it later (sealing personal data) stores through the chain.
     */
    @Bean
    static ChainEveryStoredEvent chainEveryStoredEvent(ObjectProvider<TransactionManager> transactions,
                                                   ObjectProvider<ConnectionProvider> connections) {
        return new ChainEveryStoredEvent(transactions, connections);
    }

    /** Declared as its own type, so that Spring sees its order before it creates it. */
    record ChainEveryStoredEvent(ObjectProvider<TransactionManager> transactions,
                                         ObjectProvider<ConnectionProvider> connections)
            implements BeanPostProcessor, Ordered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof JdbcEventStorageEngine engine
                    ? new ChainingEventStorageEngine(engine, transactions.getObject(), connections.getObject())
                    : bean;
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({DataSource.class, EventStorageEngine.class})
    AuditCheckpoints auditCheckpoints(DataSource dataSource, AuditProperties audit,
                                      @Value("${spring.application.name}") String service,
                                      ObjectProvider<Clock> clock) {
        return new AuditCheckpoints(dataSource, service, audit.settle(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnBean({DataSource.class, EventStorageEngine.class})
    PeriodicCheckpoints periodicAuditCheckpoints(AuditCheckpoints checkpoints, AuditProperties audit) {
        return new PeriodicCheckpoints(checkpoints, audit.checkpointEvery(), audit.checkpointPoll());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnBean({DataSource.class, EventStorageEngine.class})
    static class AuditEndpoints {

        @Bean
        AuditVerifier auditVerifier(DataSource dataSource, AuditCheckpoints checkpoints,
                                    @Value("${spring.application.name}") String service, ObjectProvider<Clock> clock) {
            return new AuditVerifier(dataSource, checkpoints, service, clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        AuditController auditController(AuditVerifier verifier, AuditCheckpoints checkpoints,
                                        @Value("${spring.application.name}") String service) {
            return new AuditController(verifier, checkpoints, service);
        }
    }
}
