package io.complaints.handling.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.handling.HandlingTestProperties;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.kafka.deadletter.DeadLetter;
import io.complaints.platform.kafka.deadletter.DeadLetters;
import io.complaints.platform.outbox.RepublishJob;
import io.complaints.platform.outbox.Republisher;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.SampleEvents;
import io.complaints.testsupport.TopicReader;
import io.complaints.testsupport.TopicWriter;

/**
 * Consuming intake's events over a real broker, with the case store on real PostgreSQL; what could
 * not be processed is listed as a dead letter; the whole store can be republished.
 */
@SpringBootTest
@ActiveProfiles(HandlingTestProperties.PROFILE)
class CaseOpeningOverRealInfrastructureTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HandlingTestProperties.register(registry, "handling_case_opening_test");
    }

    @Autowired
    private EventStore events;

    @Autowired
    private Republisher republisher;

    @Autowired
    private DeadLetters deadLetters;

    private static final String CASE_CLOSED = EventTypes.typeOf(io.complaints.events.CaseClosed.class).orElseThrow();

    private final CloudEventCodec codec = new CloudEventCodec();
    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();

    @Test
    void aRedeliveredComplaintOpensItsCaseOnceAndPublishesOneCaseOpened() {
        String complaint = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        byte[] received = received(complaint);

        // the same event three times, then another complaint behind them in the same partition
        TopicWriter.send(kafka, Topics.INTAKE, complaint, received, received, received, received(next));
        await().atMost(Duration.ofSeconds(30)).until(() -> events.lastSequenceNumberFor(next).isPresent());

        assertThat(events.readEvents(complaint).asStream().filter(e -> e.getPayload() instanceof CaseOpened))
                .hasSize(1);
        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(kafka, Topics.HANDLING,
                records -> keys(records).containsAll(Set.of(complaint, next)), Duration.ofSeconds(30));
        assertThat(published.stream().filter(r -> r.key().equals(complaint))
                        .filter(r -> codec.decode(r.value()).map(e -> e.type().equals(EventTypes.CASE_OPENED)).orElse(false)))
                .singleElement()
                .satisfies(record -> assertThat(codec.decode(record.value())).hasValueSatisfying(event -> {
                    assertThat(event.type()).isEqualTo(EventTypes.CASE_OPENED);
                    assertThat(event.data()).isInstanceOf(io.complaints.events.CaseOpened.class);
                }));
        assertThat(deadLettersOf(complaint)).as("a redelivery is not a failure").isEmpty();
    }

    @Test
    void aMinorComplaintSettledAtIntakeClosesItsCaseAtOnceAsResolved() {
        String complaint = UUID.randomUUID().toString();
        var sample = SampleEvents.complaintReceived(complaint, 4, Instant.now());
        var settled = new io.complaints.events.ComplaintReceived(sample.complaintId(), sample.registrationNumber(),
                sample.unit(), sample.channel(), sample.category(), 4, sample.description(), sample.demand(),
                sample.occurredAt(), sample.complainedAbout(), false, List.of(), null, 1,
                "apologised and corrected the bill on the spot", sample.complainant(), sample.receivedAt(),
                sample.receivedBy());

        TopicWriter.send(kafka, Topics.INTAKE, complaint, codec.encode(SampleEvents.envelope(
                EventTypes.COMPLAINT_RECEIVED, complaint, Instant.now(), settled)));

        await().atMost(Duration.ofSeconds(30)).until(() -> events.readEvents(complaint).asStream()
                .anyMatch(e -> e.getPayload() instanceof CaseClosed));
        assertThat(events.readEvents(complaint).asStream().map(e -> e.getPayload().getClass().getSimpleName()))
                .containsExactly("CaseOpened", "CallbackInstructed", "CaseClosed", "DeadlineSet");
        assertThat(events.readEvents(complaint).asStream().filter(e -> e.getPayload() instanceof CaseClosed))
                .singleElement().satisfies(e -> {
                    assertThat(((CaseClosed) e.getPayload()).outcome()).isEqualTo(CaseOutcome.RESOLVED);
                    assertThat(e.getMetaData().get(CaseMetaData.REASON))
                            .isEqualTo("resolved at intake: apologised and corrected the bill on the spot");
                });
    }

    @Test
    void aWithdrawnComplaintClosesItsCaseOnce() {
        String complaint = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        byte[] withdrawn = codec.encode(SampleEvents.envelope(EventTypes.COMPLAINT_WITHDRAWN, complaint, Instant.now(),
                new ComplaintWithdrawn(complaint, "SH-PD-202611300001", "settled privately", Instant.now(), "agent.li")));

        // the withdrawal twice, then another complaint behind them in the same partition
        TopicWriter.send(kafka, Topics.INTAKE, complaint, received(complaint), withdrawn, withdrawn, received(next));
        await().atMost(Duration.ofSeconds(30)).until(() -> events.lastSequenceNumberFor(next).isPresent());

        assertThat(events.readEvents(complaint).asStream().filter(e -> e.getPayload() instanceof CaseClosed))
                .singleElement().satisfies(e -> assertThat(((CaseClosed) e.getPayload()).outcome())
                        .isEqualTo(CaseOutcome.WITHDRAWN));
        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(kafka, Topics.HANDLING,
                records -> keys(records).containsAll(Set.of(complaint, next)) && !ofType(records, complaint,
                        CASE_CLOSED).isEmpty(), Duration.ofSeconds(30));
        assertThat(ofType(published, complaint, CASE_CLOSED)).hasSize(1);
        assertThat(deadLettersOf(complaint)).as("a repeated withdrawal is not a failure").isEmpty();
    }

    @Test
    void aPoisonRecordIsParkedOnTheDeadLetterTopicAndDoesNotStopThePartition() {
        String key = UUID.randomUUID().toString();
        byte[] poison = "{\"specversion\":\"1.0\",\"type\":".getBytes(StandardCharsets.UTF_8);
        String behindIt = UUID.randomUUID().toString();

        TopicWriter.send(kafka, Topics.INTAKE, key, poison, received(behindIt));

        await().atMost(Duration.ofSeconds(30)).until(() -> events.lastSequenceNumberFor(behindIt).isPresent());
        List<ConsumerRecord<String, byte[]>> parked = TopicReader.read(kafka,
                Topics.deadLetter(Topics.INTAKE, "handling-service"),
                records -> keys(records).contains(key), Duration.ofSeconds(30));
        assertThat(parked.stream().filter(r -> r.key().equals(key)))
                .singleElement()
                .satisfies(record -> assertThat(Arrays.equals(record.value(), poison)).isTrue());
        assertThat(deadLetters.list(1000)).flatExtracting(DeadLetters.Pending::entries)
                .filteredOn(entry -> key.equals(entry.key())).singleElement().satisfies(entry -> {
                    assertThat(entry.originalTopic()).isEqualTo(Topics.INTAKE);
                    assertThat(entry.exception()).as("the failure at the root").isEqualTo("com.fasterxml.jackson.core.io.JsonEOFException");
                    assertThat(entry.valueSize()).isEqualTo(poison.length);
                });
    }

    @Test
    void theWholeStoreIsRepublishedToHandlingsTopicInTheStoresOrder() throws Exception {
        String complaint = UUID.randomUUID().toString();
        TopicWriter.send(kafka, Topics.INTAKE, complaint, received(complaint));
        await().atMost(Duration.ofSeconds(30)).until(() -> events.lastSequenceNumberFor(complaint).isPresent());
        List<String> storeOrder = publishedInStoreOrder();
        TopicReader.read(kafka, Topics.HANDLING, records -> ids(records).containsAll(storeOrder), Duration.ofSeconds(30));
        Map<Integer, Long> before = endOffsets();

        RepublishJob started = republisher.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> republisher.job(started.id()).orElseThrow().done()
                || republisher.job(started.id()).orElseThrow().failed());
        RepublishJob done = republisher.job(started.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RepublishJob.State.DONE);
        assertThat(done.sent()).isEqualTo(storeOrder.size());

        List<ConsumerRecord<String, byte[]>> again = TopicReader.read(kafka, Topics.HANDLING,
                records -> after(records, before).size() == storeOrder.size(), Duration.ofSeconds(30));
        again = after(again, before);
        assertThat(ids(again)).containsExactlyInAnyOrderElementsOf(storeOrder);
        again.stream().collect(java.util.stream.Collectors.groupingBy(ConsumerRecord::partition)).values()
                .forEach(partition -> assertThat(ids(partition)).as("in the store's order")
                        .isSortedAccordingTo(java.util.Comparator.comparingInt(storeOrder::indexOf)));
    }

    private List<ConsumerRecord<String, byte[]>> ofType(List<ConsumerRecord<String, byte[]>> records, String key,
                                                        String type) {
        return records.stream().filter(r -> r.key().equals(key))
                .filter(r -> codec.decode(r.value()).map(e -> e.type().equals(type)).orElse(false)).toList();
    }

    /** What the service parked for a key; read once the record behind it was processed, so nothing more can come. */
    private List<DeadLetter> deadLettersOf(String key) {
        return deadLetters.list(100_000).stream().flatMap(pending -> pending.entries().stream())
                .filter(entry -> key.equals(entry.key())).toList();
    }

    /** The ids of the stored events the service publishes, in the store's global order. */
    private List<String> publishedInStoreOrder() throws InterruptedException {
        List<String> ids = new java.util.ArrayList<>();
        try (var stream = events.openStream(null)) {
            while (stream.hasNextAvailable(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (stream.nextAvailable() instanceof org.axonframework.eventhandling.DomainEventMessage<?> stored
                        && CaseEventsPublisher.toCloudEvent(stored).isPresent()) {
                    ids.add(stored.getIdentifier());
                }
            }
        }
        return ids;
    }

    private Map<Integer, Long> endOffsets() {
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(Map.<String, Object>of(
                "bootstrap.servers", kafka), new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.HANDLING).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            Map<Integer, Long> ends = new java.util.HashMap<>();
            consumer.endOffsets(partitions).forEach((partition, offset) -> ends.put(partition.partition(), offset));
            return ends;
        }
    }

    private static List<ConsumerRecord<String, byte[]>> after(List<ConsumerRecord<String, byte[]>> records,
                                                            Map<Integer, Long> offsets) {
        return records.stream().filter(r -> r.offset() >= offsets.get(r.partition())).toList();
    }

    private List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> codec.decode(r.value()).map(e -> e.id()).orElse("")).toList();
    }

    private byte[] received(String complaintId) {
        return codec.encode(SampleEvents.received(complaintId, 2, Instant.now()));
    }

    private static Set<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(java.util.stream.Collectors.toSet());
    }
}
