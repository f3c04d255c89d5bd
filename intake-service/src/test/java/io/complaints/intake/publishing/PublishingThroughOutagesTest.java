package io.complaints.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.complaints.events.Topics;
import io.complaints.intake.IntakeApplication;
import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.People;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.outbox.EventTranslator;
import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.TopicReader;

/**
 * The event store is the outbox: whatever intake stored reaches intake's topic, once or more, however
 * the broker and the service come and go. Over the real publisher (a tracking processor whose token
 * is in PostgreSQL) and a real broker, in a process of its own, that is stopped and started again.
 */
class PublishingThroughOutagesTest {

    private static final Duration EVERYTHING_PUBLISHED = Duration.ofMinutes(3);

    private static StandaloneBroker broker;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final CloudEventCodec codec = new CloudEventCodec();

    @BeforeAll
    static void startBroker() {
        broker = StandaloneBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @AfterEach
    void stopInstances() {
        Collections.reverse(instances);
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void registrationsFromSeveralThreadsWhileTheBrokerIsStoppedAndStartedAgainAllReachTheTopic() throws Exception {
        ConfigurableApplicationContext intake = start(freshDatabase());
        int port = port(intake);

        register(port, 12);
        broker.stop();
        register(port, 12);
        CompletableFuture<Void> whileItComesBack = CompletableFuture.runAsync(() -> register(port, 12));
        broker.resume();
        whileItComesBack.get(2, TimeUnit.MINUTES);
        register(port, 12);

        Set<String> stored = publishable(intake);
        assertThat(stored).as("events stored: one registration each").hasSize(48);
        assertEveryOneOnTheTopic(stored);
    }

    @Test
    void eventsStoredBeforeTheServiceStoppedArePublishedByTheNextInstance() throws Exception {
        String database = freshDatabase();
        ConfigurableApplicationContext first = start(database);
        register(port(first), 4);
        assertEveryOneOnTheTopic(publishable(first));
        broker.stop();
        try {
            register(port(first), 12);
            instances.remove(first);
            first.close();
        } finally {
            broker.resume();
        }

        ConfigurableApplicationContext second = start(database);
        Set<String> stored = publishable(second);
        assertThat(stored).hasSize(16);
        assertEveryOneOnTheTopic(stored);
    }

    private void assertEveryOneOnTheTopic(Set<String> stored) {
        List<ConsumerRecord<String, byte[]>> read = TopicReader.read(broker.bootstrapServers(), Topics.INTAKE,
                records -> ids(records).containsAll(stored), EVERYTHING_PUBLISHED);
        assertThat(ids(read)).as("the ids of the events on intake's topic").containsAll(stored);
    }

    private Set<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> codec.decode(record.value()).map(event -> event.id()).orElse(""))
                .collect(Collectors.toSet());
    }

    /** The ids of every stored event the publisher publishes. */
    private static Set<String> publishable(ConfigurableApplicationContext instance) throws InterruptedException {
        return new java.util.HashSet<>(PublishableEvents.inStoreOrder(instance.getBean(EventStore.class),
                instance.getBean(EventTranslator.class)));
    }

    /** Registers complaints of SH-PD from four clients at once; each must be accepted. */
    private void register(int port, int complaints) {
        List<Callable<Integer>> calls = IntStream.range(0, complaints).<Callable<Integer>>mapToObj(i -> () -> {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/complaints"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", People.bearer("agent.shpd"))
                    .POST(HttpRequest.BodyPublishers.ofString(IntakeHttp.form("SH-PD", 3,
                            "1350000" + String.format("%04d", (int) (Math.random() * 10_000)), "OTHER")))
                    .build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            return answer.statusCode();
        }).toList();
        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> registered : clients.invokeAll(calls)) {
                registered.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("a registration failed", e.getCause());
        }
    }

    /** An instance of intake on the database and the standalone broker, closed after the test. */
    private ConfigurableApplicationContext start(String database) {
        Map<String, Object> settings = new HashMap<>(ServiceProperties.eventSourced(database));
        settings.putAll(TestTokens.shared().resourceServerProperties());
        settings.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        settings.put("spring.profiles.active", "local");
        settings.put("server.port", "0");
        // a broker that is away is noticed within seconds, not minutes
        settings.put("complaints.outbox.ack-timeout", "5s");
        settings.put("spring.kafka.producer.properties.max.block.ms", "5000");
        settings.put("spring.kafka.producer.properties.request.timeout.ms", "3000");
        settings.put("spring.kafka.producer.properties.delivery.timeout.ms", "5000");
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(IntakeApplication.class)
                .run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    private static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String freshDatabase() {
        return "intake_outage_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
