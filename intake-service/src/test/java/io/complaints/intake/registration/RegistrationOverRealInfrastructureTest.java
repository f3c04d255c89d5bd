package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.Topics;
import io.complaints.intake.support.RunningIntake;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicReader;

/** Registration over real PostgreSQL and a real Kafka broker. */
class RegistrationOverRealInfrastructureTest extends RunningIntake {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void concurrentRegistrationsOfOneUnitTakeConsecutiveNumbersWithoutGapsOrClashes() throws Exception {
        int registrations = 24;
        List<Registration> registered = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Callable<Registration>> calls = IntStream.range(0, registrations)
                    .<Callable<Registration>>mapToObj(i -> () -> register("GZ-TH", 3, "1390000" + String.format("%04d", i)))
                    .toList();
            for (Future<Registration> result : clients.invokeAll(calls)) {
                registered.add(result.get());
            }
        }

        Map<String, List<Long>> sequencesByDay = registered.stream()
                .map(Registration::registrationNumber)
                .collect(Collectors.groupingBy(n -> n.substring(0, "GZ-TH-yyyyMMdd".length()),
                        Collectors.mapping(n -> Long.parseLong(n.substring("GZ-TH-yyyyMMdd".length())), Collectors.toList())));
        // other test classes may have registered complaints of GZ-TH before this one ran: the numbers
        // this test took are consecutive from wherever the day's sequence stood
        sequencesByDay.values().forEach(sequences -> assertThat(sequences)
                .as("one unit's numbers of one day follow each other, each once")
                .containsExactlyInAnyOrderElementsOf(ConsecutiveRange.from(Collections.min(sequences), sequences.size())));
        assertThat(sequencesByDay.values().stream().mapToInt(List::size).sum()).isEqualTo(registrations);
    }

    @Test
    void everyRegistrationIsPublishedKeyedByComplaintWithMaskedContactOnly() {
        List<Registration> registered = IntStream.range(0, 5)
                .mapToObj(i -> register("BJ-HD", 2, "1370000123" + i))
                .toList();
        Set<String> ids = registered.stream().map(Registration::complaintId).collect(Collectors.toSet());

        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(
                Infrastructure.shared().kafkaBootstrapServers(), Topics.INTAKE,
                records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids),
                Duration.ofSeconds(30));

        List<ConsumerRecord<String, byte[]>> ours = published.stream().filter(r -> ids.contains(r.key())).toList();
        assertThat(ours).hasSize(5);
        for (ConsumerRecord<String, byte[]> record : ours) {
            String text = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("1370000123").contains("137****123");
            assertThat(readTree(record.value()).path("subject").asText()).isEqualTo(record.key());
            assertThat(readTree(record.value()).path("data").path("registrationNumber").asText()).startsWith("BJ-HD-");
        }
    }

    @Test
    void theHistoryShowsWhoRegisteredTheComplaintAndForWhichUnit() {
        Registration registration = register("SH-XH", 4, "13600001111");

        ResponseEntity<String> history = http().getAs("coordinator.sh",
                "/api/complaints/" + registration.complaintId() + "/history", String.class);

        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entries = readTree(history.getBody().getBytes(StandardCharsets.UTF_8));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("event").asText()).isEqualTo("ComplaintRegistered");
        assertThat(entries.get(0).path("actor").asText()).isEqualTo("agent.shxh");
        assertThat(entries.get(0).path("unit").asText()).isEqualTo("SH-XH");
        assertThat(history.getBody()).doesNotContain("13600001111");
    }

    @Test
    void theHistoryOfAnUnknownComplaintIsNotFound() {
        assertThat(http().getAs("supervisor.hq", "/api/complaints/no-such-complaint/history", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Registration register(String unit, int level, String phone) {
        return http().register(unit, level, phone);
    }

    private JsonNode readTree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class ConsecutiveRange {
        static List<Long> from(long first, int n) {
            return java.util.stream.LongStream.range(first, first + n).boxed().toList();
        }
    }
}
