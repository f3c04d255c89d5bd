package io.complaints.testsupport;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka, PostgreSQL and MongoDB in containers, where a Docker engine answers. */
final class ContainerInfrastructure implements Infrastructure {

    private final KafkaContainer kafka;
    private final PostgreSQLContainer<?> postgres;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure(KafkaContainer kafka, PostgreSQLContainer<?> postgres, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.mongo = mongo;
    }

    static ContainerInfrastructure start() {
        var kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:3.9.1"));
        var postgres = new PostgreSQLContainer<>(DockerImageName.parse("postgres:17"));
        var mongo = new MongoDBContainer(DockerImageName.parse("mongo:8.0"));
        kafka.start();
        postgres.start();
        mongo.start();
        return new ContainerInfrastructure(kafka, postgres, mongo);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String postgresJdbcUrl(String database) {
        Postgres.createDatabaseIfMissing(postgres.getJdbcUrl(), postgresUser(), postgresPassword(), database);
        return postgres.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    @Override
    public String postgresUser() {
        return postgres.getUsername();
    }

    @Override
    public String postgresPassword() {
        return postgres.getPassword();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.getConnectionString() + "/" + database;
    }

    @Override
    public String describe() {
        return "containers (Kafka, PostgreSQL, MongoDB)";
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
        mongo.stop();
    }
}
