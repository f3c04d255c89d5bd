package io.complaints.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service shares, added with the lowest precedence so that a service's
 * {@code application.yml}, environment variables and command line still win.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
    static final String ORGANISATION_TREE = "complaints-organisation.yml";

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // Axon: no Axon Server, JSON everywhere (no XStream), no call home
            Map.entry("axon.axonserver.enabled", "false"),
            Map.entry("axon.serializer.general", "jackson"),
            Map.entry("axon.serializer.events", "jackson"),
            Map.entry("axon.serializer.messages", "jackson"),
            // Axon's handler time limits take the stack trace of the calling thread at every handler call (to
            // name the handler in a warning): a handler stuck on a store shows in the outbox and consumer lag
            // metrics and their alerts instead
            Map.entry("axon.timeout.enabled", "false"),
            Map.entry("axon.eventhandling.processors.kafka-publisher.mode", "tracking"),
            Map.entry("axon.eventhandling.processors.kafka-publisher.batch-size", "100"),
            Map.entry("axon.eventhandling.processors.kafka-publisher.thread-count", "4"),
            Map.entry("axon.eventhandling.processors.kafka-publisher.initial-segment-count", "4"),
            Map.entry("spring.flyway.locations", "classpath:db/axon,classpath:db/migration"),
            // Kafka: nothing acknowledged is lost, records are JSON bytes keyed by complaint id
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            Map.entry("spring.kafka.producer.properties.linger.ms", "2"),
            Map.entry("spring.kafka.producer.key-serializer",
                    "org.apache.kafka.common.serialization.StringSerializer"),
            Map.entry("spring.kafka.producer.value-serializer",
                    "org.apache.kafka.common.serialization.ByteArraySerializer"),
            Map.entry("spring.kafka.consumer.key-deserializer",
                    "org.apache.kafka.common.serialization.StringDeserializer"),
            Map.entry("spring.kafka.consumer.value-deserializer",
                    "org.apache.kafka.common.serialization.ByteArrayDeserializer"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            // a fetch waits up to 50 ms for 16 KB rather than answering each new record alone: under load
            // the broker serves a few large fetches instead of one per record, per consumer
            Map.entry("spring.kafka.consumer.fetch-min-size", "16KB"),
            Map.entry("spring.kafka.consumer.fetch-max-wait", "50ms"),
            Map.entry("spring.kafka.consumer.enable-auto-commit", "false"),
            Map.entry("spring.kafka.consumer.properties.isolation.level", "read_committed"),
            // topics are declared by the services that use them (KafkaEdgeAutoConfiguration), never
            // created by a consumer's first look with the broker's default partitions
            Map.entry("spring.kafka.consumer.properties.allow.auto.create.topics", "false"),
            Map.entry("spring.kafka.consumer.properties.metadata.max.age.ms", "60000"),
            // a declared topic that exists with other settings (e.g. the broker's 7-day retention) is
            // corrected at start-up to what the service declares
            Map.entry("spring.kafka.admin.modify-topic-configs", "true"),
            // HTTP: problem+json errors; unknown or repeated JSON fields and trailing junk refused; graceful stop
            Map.entry("spring.jackson.deserialization.fail-on-unknown-properties", "true"),
            Map.entry("spring.jackson.deserialization.fail-on-trailing-tokens", "true"),
            Map.entry("spring.jackson.parser.strict-duplicate-detection", "true"),
            Map.entry("spring.jackson.serialization.write-dates-as-timestamps", "false"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("server.address", "127.0.0.1"),
            // Logs: no client configuration dumps; Spring's deprecation notes about Axon's annotations
            Map.entry("logging.level.org.apache.kafka", "WARN"),
            Map.entry("logging.level.org.springframework.core.annotation.AnnotationTypeMapping", "ERROR"),
            // Operations: health with probes, Prometheus metrics tagged with the service name
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.prometheus.metrics.export.enabled", "true"),
            Map.entry("management.metrics.tags.application", "${spring.application.name}"),
            // Traces: every request and event traced (W3C trace context), sent nowhere until
            // management.otlp.tracing.endpoint names a collector; Spring Security's own spans left out
            Map.entry("management.tracing.sampling.probability", "1.0"),
            Map.entry("management.tracing.propagation.type", "w3c"),
            Map.entry("management.observations.enable.spring.security", "false"));

    /** The sample organisation tree, below everything a service configures itself. */
    private static List<PropertySource<?>> organisationTree() {
        try {
            return new YamlPropertySourceLoader().load("complaintsOrganisationDefaults",
                    new ClassPathResource(ORGANISATION_TREE, PlatformDefaults.class.getClassLoader()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + ORGANISATION_TREE, unreadable);
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("complaintsPlatformDefaults", DEFAULTS));
        organisationTree().forEach(environment.getPropertySources()::addLast);
        // Axon's update checker reads a system property, not the Spring environment.
        if (System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
        }
    }
}
