package io.complaints.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * The real infrastructure a test runs against: a Kafka broker, a PostgreSQL server and a MongoDB
 * server. Containers where a Docker engine answers; otherwise the embedded parts (a KRaft broker,
 * PostgreSQL from Maven Central binaries, the MongoDB wire-compatible stand-in). This is the one
 * place that decides, so that every test runs in both worlds.
 */
public interface Infrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    /** A JDBC URL of the named database, created on first use. */
    String postgresJdbcUrl(String database);

    String postgresUser();

    String postgresPassword();

    /** A connection string for the named MongoDB database. */
    String mongoUri(String database);

    /** Which world this is, for the test report. */
    String describe();

    @Override
    void close();

    /** Starts fresh infrastructure; the caller closes it. */
    static Infrastructure start() {
        return dockerAnswers() ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start();
    }

    /**
     * Infrastructure shared by all tests of this JVM, started on first use and stopped when the
     * JVM exits.
     */
    static Infrastructure shared() {
        return SharedInfrastructure.INSTANCE.get();
    }

    private static boolean dockerAnswers() {
        if (Boolean.getBoolean("complaints.tests.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
