package io.complaints.platform.kafka;

import java.time.Clock;
import java.util.function.BiFunction;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;

/**
 * The consuming edge every service shares: records that can never be processed go to the
 * consumer group's dead-letter topic at once; other failures are retried a few times first; an
 * unreachable store is retried without limit, so an outage delays events but never parks them.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class KafkaEdgeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The topic a publishing service owns ({@code complaints.kafka.publishes}), keyed by complaint
     * id; its partitions bound how far the consumers of it scale out.
     */
    @Bean
    @ConditionalOnProperty("complaints.kafka.publishes")
    NewTopic publishedTopic(@Value("${complaints.kafka.publishes}") String topic,
                            @Value("${complaints.kafka.partitions:6}") int partitions,
                            @Value("${complaints.kafka.replication-factor:1}") short replicas) {
        return TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka,
                                          @Value("${spring.kafka.consumer.group-id:${spring.application.name}}")
                                          String consumerGroup) {
        BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic =
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic(), consumerGroup), -1);
        var handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka, deadLetterTopic),
                new FixedBackOff(200, 4));
        handler.addNotRetryableExceptions(CloudEventCodec.MalformedEventException.class,
                PoisonEventException.class, DeserializationException.class);
        handler.setBackOffFunction((record, failure) -> storeUnavailable(failure) ? untilStoreIsBack() : null);
        return handler;
    }

    private static BackOff untilStoreIsBack() {
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(15_000);
        return backOff;
    }

    static boolean storeUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
