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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TopicWriter;

/**
 * The service as it runs, in one Spring context shared by every test class that extends this: the
 * shared Kafka broker and MongoDB server, an in-process SMTP server, webhook receivers and a stand-in
 * for intake's contact endpoint. Events go in through Kafka; what comes out is read over HTTP, from the
 * SMTP server and from the receivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class ServiceTest {

    public static final String WEBHOOK_SECRET = "ops-secret-0123456789";
    public static final TestHttpServer RECEIVERS = new TestHttpServer();
    public static final TestHttpServer INTAKE = new TestHttpServer();

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

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
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
