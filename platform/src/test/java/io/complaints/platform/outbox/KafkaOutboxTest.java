package io.complaints.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;

/**
 * The token of the publishing processor is stored in the batch's unit of work, after its
 * prepare-commit phase. Here a commit handler stands for it: it must run only once every send of
 * the batch has been acknowledged.
 */
class KafkaOutboxTest {

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final KafkaOutbox outbox = new KafkaOutbox(kafka, new CloudEventCodec(), Duration.ofSeconds(1));
    private final List<String> tokensStored = new ArrayList<>();

    @Test
    void theBatchCommitsOnceEverySendIsAcknowledged() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.onCommit(unitOfWork -> tokensStored.add("token"));
        outbox.publish("topic", event("c-1"), MetaData.emptyInstance());
        outbox.publish("topic", event("c-2"), MetaData.emptyInstance());
        batch.commit();

        assertThat(tokensStored).containsExactly("token");
    }

    @Test
    void aSendTheBrokerRefusesRollsTheBatchBackAndTheTokenStays() {
        when(kafka.send(keyed("c-1"))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
        when(kafka.send(keyed("c-2")))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("not enough replicas")));

        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.onCommit(unitOfWork -> tokensStored.add("token"));
        outbox.publish("topic", event("c-1"), MetaData.emptyInstance());
        outbox.publish("topic", event("c-2"), MetaData.emptyInstance());

        assertThatThrownBy(batch::commit).isInstanceOf(KafkaOutbox.PublicationFailedException.class);
        assertThat(tokensStored).isEmpty();
        assertThat(batch.isRolledBack()).isTrue();
    }

    @Test
    void aSendThatIsNeverAcknowledgedRollsTheBatchBackAfterTheTimeout() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(new CompletableFuture<>());

        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.onCommit(unitOfWork -> tokensStored.add("token"));
        outbox.publish("topic", event("c-1"), MetaData.emptyInstance());

        assertThatThrownBy(batch::commit).isInstanceOf(KafkaOutbox.PublicationFailedException.class);
        assertThat(tokensStored).isEmpty();
    }

    private static ProducerRecord<String, byte[]> keyed(String key) {
        return argThat(record -> record != null && record.topic().equals("topic") && key.equals(record.key()));
    }

    private static CloudEvent<String> event(String subject) {
        return CloudEvent.of("id-" + subject, "/test", "test.Type.v1", subject, Instant.EPOCH, "system", "HQ", 0, "data");
    }
}
