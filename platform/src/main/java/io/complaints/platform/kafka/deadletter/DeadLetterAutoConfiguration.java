package io.complaints.platform.kafka.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.events.Topics;
import io.complaints.platform.kafka.KafkaEdgeAutoConfiguration;
import io.complaints.platform.kafka.KafkaTopicsProperties;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * For a service that consumes topics: its dead letters, for the operator
 * ({@code /api/admin/dead-letters}) and for monitoring ({@code complaints_dead_letters_pending}).
 */
@AutoConfiguration(after = KafkaEdgeAutoConfiguration.class,
        afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnProperty(prefix = "complaints.kafka", name = "consumes[0]")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DeadLetterAutoConfiguration {

    /** Where the operators' decisions are kept: compacted, the latest per dead letter. */
    @Bean
    KafkaAdmin.NewTopics deadLetterDecisionsTopic(KafkaTopicsProperties topics) {
        return new KafkaAdmin.NewTopics(topics.declareCompacted(DeadLetterDecision.TOPIC));
    }

    @Bean
    DeadLetters deadLetters(KafkaTopicsProperties topics,
                            @Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String consumerGroup,
                            ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> kafka,
                            Clock clock) {
        List<String> deadLetterTopics = topics.consumes().stream()
                .map(topic -> Topics.deadLetter(topic, consumerGroup)).toList();
        return new DeadLetters(deadLetterTopics, consumers, kafka, clock);
    }

    @Bean
    DeadLetterMetrics deadLetterMetrics(DeadLetters deadLetters, MeterRegistry meters,
                                        @Value("${complaints.dead-letters.count-every:30s}") Duration every) {
        return new DeadLetterMetrics(deadLetters, meters, every);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters, DeadLetterMetrics metrics) {
        return new DeadLetterController(deadLetters, metrics);
    }
}
