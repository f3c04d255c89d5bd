package io.complaints.intake.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.complaints.events.Topics;
import io.complaints.intake.registration.Registration;
import io.complaints.intake.support.IntakeHttp;
import io.complaints.platform.tracing.EventTracing;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.TopicReader;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A complaint registered over HTTP is stored and published in the trace of that request: the
 * stored event keeps the request's trace context, the outbox publisher (a tracking processor,
 * later, on another thread) sends the record with a {@code traceparent} header of the same trace,
 * and the publishing span is a child of the request's. No exported span holds the complainant's
 * name, phone or the description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.tracing.sampling.probability=1.0")
@ActiveProfiles("local")
@AutoConfigureObservability(metrics = false)
class TraceFromRequestToRecordTest {

    private static final String NAME = "王五";
    private static final String PHONE = "13912345678";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceProperties.eventSourced(registry, "intake_tracing_test");
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
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

    @Autowired
    private TestRestTemplate rest;

    @Test
    void theRecordOfARegisteredComplaintCarriesTheTraceOfTheRequest() {
        Registration registered = new IntakeHttp(rest).register("SH-PD", 1, PHONE);
        String complaint = registered.complaintId();

        await().atMost(Duration.ofSeconds(30)).until(() -> server() != null);
        SpanData request = server();
        String trace = request.getTraceId();
        assertThat(events.readEvents(complaint).asStream()).allSatisfy(stored -> {
            assertThat((String) stored.getMetaData().get(EventTracing.TRACEPARENT)).startsWith("00-" + trace + "-");
            assertThat(stored.getMetaData()).as("Axon's own correlation is kept beside it")
                    .containsKeys("correlationId", "traceId");
        });

        ConsumerRecord<String, byte[]> record = TopicReader.read(Infrastructure.shared().kafkaBootstrapServers(),
                        Topics.INTAKE, records -> records.stream().anyMatch(r -> r.key().equals(complaint)),
                        Duration.ofSeconds(60))
                .stream().filter(r -> r.key().equals(complaint)).findFirst().orElseThrow();
        String traceparent = new String(record.headers().lastHeader(EventTracing.TRACEPARENT).value(),
                StandardCharsets.UTF_8);
        assertThat(traceparent).startsWith("00-" + trace + "-");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
                    assertThat(span.getTraceId()).isEqualTo(trace);
                    assertThat(traceparent).contains(span.getSpanId());
                }));
        assertThat(spans.getFinishedSpanItems()).allSatisfy(span -> assertThat(span.getName() + span.getAttributes()
                + span.getEvents() + span.getStatus()).doesNotContain(NAME).doesNotContain(PHONE)
                .doesNotContain("Queue of two hours"));
    }

    private SpanData server() {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getName().contains("/api/complaints"))
                .findFirst().orElse(null);
    }
}
