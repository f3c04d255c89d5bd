package io.complaints.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.Topics;
import io.complaints.intake.registration.Registration;
import io.complaints.intake.support.People;
import io.complaints.platform.outbox.EventTranslator;
import io.complaints.intake.support.RunningIntake;
import io.complaints.platform.outbox.RepublishedHistory;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicReader;

/**
 * The event store is the source of truth: the operator republishes all of it to intake's topic, in
 * the store's order, as the same records (same event ids) the live publisher sent. Over real
 * PostgreSQL and Kafka.
 */
class RepublishTest extends RunningIntake {

    private final ObjectMapper json = new ObjectMapper();
    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();

    @Autowired
    private EventStore store;

    @Autowired
    private EventTranslator translator;

    @Test
    void theTopicThenHoldsEveryStoredEventInTheStoresOrder() throws Exception {
        List<Registration> registered = IntStream.range(0, 3).mapToObj(i -> http().register("SH-PD", 3,
                "1380000222" + i)).toList();
        withdraw(registered.getFirst().complaintId());
        Set<String> ours = registered.stream().map(Registration::complaintId).collect(Collectors.toSet());
        TopicReader.read(kafka, Topics.INTAKE, read -> read.stream().filter(r -> ours.contains(r.key())).count() == 4,
                Duration.ofSeconds(30));
        Map<TopicPartition, Long> before = endOffsets();

        ResponseEntity<JsonNode> started = rest.exchange("/api/admin/republish", HttpMethod.POST, asOperator(null),
                JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String job = started.getBody().path("id").asText();
        assertThat(started.getHeaders().getLocation()).hasToString("/api/admin/republish/" + job);
        await().atMost(Duration.ofSeconds(60)).until(() -> progress(job).path("done").asBoolean()
                || progress(job).path("failed").asBoolean());
        JsonNode done = progress(job);
        assertThat(done.path("state").asText()).isEqualTo("DONE");

        List<String> storeOrder = storedEventIds();
        assertThat(done.path("sent").asLong()).as("every published event sent again").isEqualTo(storeOrder.size());
        assertThat(done.path("total").asLong()).as("the whole store read").isGreaterThanOrEqualTo(storeOrder.size());
        List<ConsumerRecord<String, byte[]>> republished = TopicReader.read(kafka, Topics.INTAKE,
                read -> after(read, before).size() == done.path("sent").asInt(), Duration.ofSeconds(30));
        republished = after(republished, before);

        assertThat(republished).extracting(this::eventId).containsExactlyInAnyOrderElementsOf(storeOrder);
        Map<Integer, List<ConsumerRecord<String, byte[]>>> byPartition = republished.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::partition));
        byPartition.values().forEach(records -> assertThat(records.stream().map(this::eventId).toList())
                .as("a partition holds its events in the store's order")
                .isSortedAccordingTo(Comparator.comparingInt(storeOrder::indexOf)));
        for (String complaint : ours) {
            assertThat(republished.stream().filter(r -> r.key().equals(complaint)).map(r -> read(r).path("sequence")
                    .asLong()).toList()).as("one complaint's events, in sequence").isSorted().doesNotHaveDuplicates();
        }
        RepublishedHistory marker = marker();
        assertThat(marker.job()).isEqualTo(job);
        before.forEach((partition, offset) -> assertThat(marker.from()).containsEntry(partition.partition(), offset));
    }

    @Test
    void anUnknownRepublishIsNotFound() {
        ResponseEntity<JsonNode> answer = rest.exchange("/api/admin/republish/no-such-job", HttpMethod.GET,
                asOperator(null), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private JsonNode progress(String job) {
        return rest.exchange("/api/admin/republish/" + job, HttpMethod.GET, asOperator(null), JsonNode.class).getBody();
    }

    /** A request of HQ's operator, who may republish. */
    private static HttpEntity<String> asOperator(String body) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, People.bearer("operator.hq"));
        return new HttpEntity<>(body, headers);
    }

    private void withdraw(String complaintId) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.AUTHORIZATION, People.bearer("agent.shpd"));
        assertThat(rest.postForEntity("/api/complaints/" + complaintId + "/withdrawal",
                new HttpEntity<>("{\"reason\":\"resolved on the phone\"}", headers), String.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    /**
     * The ids of the stored events intake publishes, in the store's global order (evidence attached by
     * other tests of this database is kept in the store but not published).
     */
    private List<String> storedEventIds() throws InterruptedException {
        return PublishableEvents.inStoreOrder(store, translator);
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            int partitions = admin.describeTopics(List.of(Topics.INTAKE)).allTopicNames().get().get(Topics.INTAKE)
                    .partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            IntStream.range(0, partitions).forEach(p -> latest.put(new TopicPartition(Topics.INTAKE, p),
                    OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private static List<ConsumerRecord<String, byte[]>> after(List<ConsumerRecord<String, byte[]>> records,
                                                            Map<TopicPartition, Long> offsets) {
        return records.stream().filter(r -> r.offset() >= offsets.get(new TopicPartition(r.topic(), r.partition())))
                .toList();
    }

    private RepublishedHistory marker() {
        List<ConsumerRecord<String, byte[]>> markers = TopicReader.read(kafka, RepublishedHistory.TOPIC,
                read -> read.stream().anyMatch(r -> Topics.INTAKE.equals(r.key())), Duration.ofSeconds(30));
        return RepublishedHistory.fromJson(markers.stream().filter(r -> Topics.INTAKE.equals(r.key()))
                .reduce((first, second) -> second).orElseThrow().value());
    }

    private String eventId(ConsumerRecord<String, byte[]> record) {
        return read(record).path("id").asText();
    }

    private JsonNode read(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
