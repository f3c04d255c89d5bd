package io.complaints.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.tracing.EventTracing;
import io.micrometer.tracing.Span;

/**
 * Publishes integration events from an Axon tracking processor that reads the event store: the
 * event store is the outbox. Sends are fired without waiting one by one; before the batch's unit
 * of work commits (and with it the processor's token), every send of the batch must have been
 * acknowledged by the broker (acks=all, idempotent producer). A failed or late acknowledgement
 * rolls the batch back, so the token stays and the batch is sent again: nothing is lost,
 * duplicates are possible, consumers deduplicate on the event id. Each record carries the trace
 * context stored with its event in its headers ({@link EventTracing}).
 */
public class KafkaOutbox {

    /** The processing group of every service's publisher; configured as a tracking processor. */
    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final String PENDING_SENDS = KafkaOutbox.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final Duration ackTimeout;
    private final EventTracing tracing;

    public KafkaOutbox(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, Duration ackTimeout) {
        this(kafka, codec, ackTimeout, EventTracing.off());
    }

    public KafkaOutbox(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, Duration ackTimeout,
                       EventTracing tracing) {
        this.kafka = kafka;
        this.codec = codec;
        this.ackTimeout = ackTimeout;
        this.tracing = tracing;
    }

    /**
     * Sends the event keyed by its subject (the complaint id), in the trace stored with it (the
     * stored event's metadata); call from an event handler.
     */
    public void publish(String topic, CloudEvent<?> event, MetaData stored) {
        var record = new ProducerRecord<String, byte[]>(topic, event.subject(), codec.encode(event));
        Span span = tracing.startPublishing(stored, topic, record.headers());
        CompletableFuture<?> sent = kafka.send(record).whenComplete((result, failure) -> span.end());
        pendingSendsOfThisBatch().add(sent);
    }

    private List<CompletableFuture<?>> pendingSendsOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationFailedException("the broker did not acknowledge the batch", e);
        }
    }

    /** The batch was not acknowledged; its token does not move and it is sent again. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
