package io.complaints.handling.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.handling.HandlingTestProperties;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.tracing.EventTracing;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.SampleEvents;
import io.complaints.testsupport.TopicReader;
import io.complaints.testsupport.TopicWriter;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A complaint received from intake in a trace is handled in that trace: the consumer's span, the
 * events of the case opened (their stored metadata), the publishing of CaseOpened and its record's
 * {@code traceparent} header all have the trace id intake sent. The spans exported (through the
 * service's real tracing set-up, into memory) name no personal data of the complainant.
 */
@SpringBootTest(properties = {
        // a consumer group of its own, so that no other test's instance takes the record
        "spring.application.name=handling-service-tracing",
        "management.tracing.sampling.probability=1.0"})
@ActiveProfiles(HandlingTestProperties.PROFILE)
@AutoConfigureObservability(metrics = false)
// closed after the class: left running, its consumer group of its own would open a second case for every
// complaint later test classes publish, and they count the CaseOpened records on the topic
@DirtiesContext
class TraceThroughHandlingTest {

    private static final String INTAKE_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String INTAKE_SPAN = "00f067aa0ba902b7";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HandlingTestProperties.register(registry, "handling_tracing_test");
    }

    /** Where the service's spans are exported to: its exporter bean, wrapped as every exporter is. */
    private static final InMemorySpanExporter spans = InMemorySpanExporter.create();

    @TestConfiguration
    static class SpansInMemory {
        @Bean
        SpanExporter spansInMemory() {
            return spans;
        }
    }

    @Autowired
    private EventStore events;

    private final CloudEventCodec codec = new CloudEventCodec();
    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();

    @Test
    void theCaseIsOpenedAndPublishedInTheTraceOfTheReceivedComplaint() {
        String complaint = UUID.randomUUID().toString();
        var received = SampleEvents.received(complaint, 2, Instant.now());
        var record = new ProducerRecord<>(Topics.INTAKE, complaint, codec.encode(received));
        record.headers().add(EventTracing.TRACEPARENT,
                ("00-" + INTAKE_TRACE + "-" + INTAKE_SPAN + "-01").getBytes(StandardCharsets.UTF_8));

        TopicWriter.send(kafka, List.of(record));

        await().atMost(Duration.ofSeconds(60)).until(() -> events.lastSequenceNumberFor(complaint).isPresent());
        assertThat(events.readEvents(complaint).asStream())
                .allSatisfy(stored -> assertThat((String) stored.getMetaData().get(EventTracing.TRACEPARENT))
                        .startsWith("00-" + INTAKE_TRACE + "-"));

        // other test classes' services, still running in this JVM with tracing off, consume the same intake
        // topic into databases of their own and publish their own CaseOpened for it, without a trace: the
        // one this service publishes is the one in the trace
        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(kafka, Topics.HANDLING,
                records -> records.stream().anyMatch(r -> isCaseOpened(r, complaint) && inIntakeTrace(r)),
                Duration.ofSeconds(60));
        assertThat(published).as("CaseOpened of %s published in the trace it was received in", complaint)
                .anyMatch(r -> isCaseOpened(r, complaint) && inIntakeTrace(r));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(INTAKE_TRACE)).toList();
            assertThat(trace).anySatisfy(span -> {
                assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                assertThat(span.getName()).isEqualTo("handling " + Topics.INTAKE);
                assertThat(span.getParentSpanId()).isEqualTo(INTAKE_SPAN);
            });
            assertThat(trace).anySatisfy(span -> {
                assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
                assertThat(span.getName()).isEqualTo("publish " + Topics.HANDLING);
            });
        });
        String complainant = received.data().complainant().toString();
        assertThat(spans.getFinishedSpanItems()).allSatisfy(span -> assertThat(span.getName() + span.getAttributes()
                + span.getEvents()).doesNotContain(complainant).doesNotContain(complaint));
    }

    private static boolean inIntakeTrace(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(EventTracing.TRACEPARENT);
        return header != null && new String(header.value(), StandardCharsets.UTF_8).startsWith("00-" + INTAKE_TRACE + "-");
    }

    private boolean isCaseOpened(ConsumerRecord<String, byte[]> record, String complaint) {
        return record.key().equals(complaint)
                && codec.decode(record.value()).map(e -> e.type().equals(EventTypes.CASE_OPENED)).orElse(false);
    }
}
