package io.complaints.testsupport;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service under test at the shared infrastructure. */
public final class ServiceProperties {

    private ServiceProperties() {
    }

    /** For an event-sourced service: its own PostgreSQL database, and Kafka. */
    public static void eventSourced(DynamicPropertyRegistry registry, String database) {
        Infrastructure infrastructure = Infrastructure.shared();
        registry.add("spring.datasource.url", () -> infrastructure.postgresJdbcUrl(database));
        registry.add("spring.datasource.username", infrastructure::postgresUser);
        registry.add("spring.datasource.password", infrastructure::postgresPassword);
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
    }

    /** The same settings, for an instance started by hand (e.g. a second instance beside the test's own). */
    public static Map<String, Object> eventSourced(String database) {
        Infrastructure infrastructure = Infrastructure.shared();
        return Map.of(
                "spring.datasource.url", infrastructure.postgresJdbcUrl(database),
                "spring.datasource.username", infrastructure.postgresUser(),
                "spring.datasource.password", infrastructure.postgresPassword(),
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
    }

}
