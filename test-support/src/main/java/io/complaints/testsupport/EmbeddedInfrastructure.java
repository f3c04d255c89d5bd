package io.complaints.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A KRaft broker, PostgreSQL and the MongoDB stand-in, all on loopback, for machines without Docker. */
final class EmbeddedInfrastructure implements Infrastructure {

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;
    private final MongoServer mongo;
    private final String mongoAddress;

    private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, EmbeddedPostgres postgres, MongoServer mongo) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.mongo = mongo;
        InetSocketAddress address = mongo.getLocalAddress();
        this.mongoAddress = address.getHostString() + ":" + address.getPort();
    }

    static EmbeddedInfrastructure start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 4);
        kafka.brokerProperties(java.util.Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "4",
                "offsets.topic.num.partitions", "4"));
        kafka.afterPropertiesSet();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            MongoServer mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            return new EmbeddedInfrastructure(kafka, postgres, mongo);
        } catch (IOException e) {
            kafka.destroy();
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String postgresJdbcUrl(String database) {
        Postgres.createDatabaseIfMissing(postgres.getJdbcUrl("postgres", "postgres"), postgresUser(),
                postgresPassword(), database);
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String postgresUser() {
        return "postgres";
    }

    @Override
    public String postgresPassword() {
        return "postgres";
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress + "/" + database;
    }

    @Override
    public String describe() {
        return "embedded (KRaft broker, PostgreSQL binaries, MongoDB stand-in)";
    }

    @Override
    public void close() {
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            mongo.shutdownNow();
        }
    }
}
