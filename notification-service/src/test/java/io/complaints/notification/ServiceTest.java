package io.complaints.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.testsupport.TestHttpServer;
import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.TopicWriter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * The service as it runs, in one Spring context shared by every test class that extends this: the
 * shared Kafka broker and MongoDB server, an in-process SMTP server, webhook receivers and a stand-in
 * for intake's contact endpoint and the identity provider's token endpoint. Events go in through Kafka;
 * what comes out is read over HTTP with access tokens of {@link TestTokens}, from the SMTP server and
 * from the receivers. It traces as it does when it runs, its spans exported into {@link #SPANS}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "it"})
@AutoConfigureObservability(metrics = false)
@Import(ServiceTest.SpansInMemory.class)
public abstract class ServiceTest {

    /** Where the service's spans are exported to: its exporter bean, wrapped as every exporter is. */
    public static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    @TestConfiguration(proxyBeanMethods = false)
    static class SpansInMemory {
        @Bean
        SpanExporter spansInMemory() {
            return SPANS;
        }
    }

    public static final String WEBHOOK_SECRET = "ops-secret-0123456789";
    public static final TestHttpServer RECEIVERS = new TestHttpServer();
    public static final TestHttpServer INTAKE = new TestHttpServer();
    /** The identity provider's token endpoint, for this service's client credentials. */
    public static final TestHttpServer IDENTITY = new TestHttpServer();
    public static final String TOKEN_PATH = "/realms/test/protocol/openid-connect/token";
    public static final String SERVICE_TOKEN = "service-token-of-notification-service";
    public static final String CLIENT_SECRET = "dev-only-notification-secret";
    public static final TestTokens TOKENS = TestTokens.shared();

    static {
        IDENTITY.answerByDefault(TOKEN_PATH, new TestHttpServer.Answer(200, """
                {"access_token":"%s","token_type":"Bearer","expires_in":300}""".formatted(SERVICE_TOKEN)));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static {
        TestSmtp.start();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        Infrastructure infrastructure = Infrastructure.shared();
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri",
                () -> infrastructure.mongoUri("notification_it_" + UUID.randomUUID().toString().substring(0, 8)));
        registry.add("spring.mail.port", () -> TestSmtp.PORT);
        registry.add("complaints.notifications.complainant.intake-url", () -> INTAKE.uri("").toString());
        registry.add("complaints.notifications.complainant.token-uri", () -> IDENTITY.uri(TOKEN_PATH).toString());
        registry.add("complaints.notifications.complainant.client-secret", () -> CLIENT_SECRET);
        TOKENS.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        for (String endpoint : new String[] {"ops", "broken"}) {
            registry.add("complaints.notifications.webhooks.endpoints." + endpoint + ".url",
                    () -> RECEIVERS.uri("/" + endpoint).toString());
            registry.add("complaints.notifications.webhooks.endpoints." + endpoint + ".secret", () -> WEBHOOK_SECRET);
        }
    }

    protected static final ObjectMapper JSON = new ObjectMapper();
    private final CloudEventCodec codec = new CloudEventCodec();

    @LocalServerPort
    protected int port;

    @Autowired
    private org.springframework.core.env.Environment environment;

    protected void publish(String topic, CloudEvent<?>... events) {
        for (CloudEvent<?> event : events) {
            TopicWriter.send(environment.getProperty("spring.kafka.bootstrap-servers"), topic, event.subject(),
                    codec.encode(event));
        }
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code Authorization} of headquarters' supervisor, who sees every unit's notifications. */
    protected static String supervisorOfHeadquarters() {
        return TOKENS.of("supervisor.hq", "HQ", "HQ_SUPERVISOR").bearer();
    }

    /** {@code Authorization} of headquarters' operator, who may queue a failed notification again. */
    protected static String operatorOfHeadquarters() {
        return TOKENS.of("operator.hq", "HQ", "OPERATOR").bearer();
    }

    /** As headquarters' supervisor. */
    protected HttpResponse<String> get(String path) {
        return get(path, supervisorOfHeadquarters());
    }

    /** As headquarters' operator. */
    protected HttpResponse<String> post(String path) {
        return post(path, operatorOfHeadquarters());
    }

    /** With this {@code Authorization} value, or none when null. */
    protected HttpResponse<String> get(String path, String authorization) {
        return send(signed(HttpRequest.newBuilder(uri(path)), authorization).GET().build());
    }

    protected HttpResponse<String> post(String path, String authorization) {
        return send(signed(HttpRequest.newBuilder(uri(path)), authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder request, String authorization) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    protected JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The delivery log of a complaint, as the API answers it. */
    protected JsonNode notificationsOf(String complaintId) {
        return json(get("/api/notifications?complaintId=" + complaintId));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
