package io.complaints.platform.kafka;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaAdmin;
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
import io.complaints.platform.outbox.RepublishedHistory;

/**
 * The consuming edge every service shares: records that can never be processed go to the
 * consumer group's dead-letter topic at once; other failures are retried a few times first; an
 * unreachable store is retried without limit, so an outage delays events but never parks them.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
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
     * The topics a service touches, declared with their partitions so that whichever service starts
     * first creates them right: the one it publishes ({@code complaints.kafka.publishes}), the ones
     * it consumes ({@code complaints.kafka.consumes}) and its dead-letter topic for each of those.
     * Nothing relies on the broker creating topics on first use. Also the compacted topic where
     * republishes of an event store are recorded ({@link RepublishedHistory#TOPIC}).
     */
    @Bean
    KafkaAdmin.NewTopics declaredTopics(KafkaTopicsProperties topics,
                                        @Value("${spring.kafka.consumer.group-id:${spring.application.name}}")
                                        String consumerGroup) {
        List<NewTopic> declared = new ArrayList<>();
        declared.add(topics.declareCompacted(RepublishedHistory.TOPIC));
        if (topics.publishes() != null) {
            declared.add(topics.declare(topics.publishes()));
        }
        for (String consumed : topics.consumes()) {
            declared.add(topics.declare(consumed));
            declared.add(topics.declare(Topics.deadLetter(consumed, consumerGroup)));
        }
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
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
