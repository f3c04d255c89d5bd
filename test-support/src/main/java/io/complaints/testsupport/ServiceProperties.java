package io.complaints.testsupport;

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

    /** For a service with MongoDB read models: its own MongoDB database, and Kafka. */
    public static void readSide(DynamicPropertyRegistry registry, String database) {
        Infrastructure infrastructure = Infrastructure.shared();
        registry.add("spring.data.mongodb.uri", () -> infrastructure.mongoUri(database));
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
    }
}
