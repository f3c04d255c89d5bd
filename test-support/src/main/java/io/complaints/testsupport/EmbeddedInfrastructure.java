package io.complaints.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A KRaft broker, PostgreSQL and the MongoDB stand-in, all on loopback, for machines without
 * Docker. Each starts when a test first asks for it.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private final Lazy<EmbeddedKafkaKraftBroker> kafka = new Lazy<>(EmbeddedInfrastructure::startKafka,
            EmbeddedKafkaKraftBroker::destroy);
    private final Lazy<EmbeddedPostgres> postgres = new Lazy<>(EmbeddedInfrastructure::startPostgres, pg -> {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    private final Lazy<MongoServer> mongo = new Lazy<>(EmbeddedInfrastructure::startMongo, MongoServer::shutdownNow);

    static EmbeddedInfrastructure start() {
        return new EmbeddedInfrastructure();
    }

    private static EmbeddedKafkaKraftBroker startKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 4);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "num.partitions", "4",
                "offsets.topic.num.partitions", "4",
                "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        return broker;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static MongoServer startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.get().getBrokersAsString();
    }

    @Override
    public String postgresJdbcUrl(String database) {
        EmbeddedPostgres server = postgres.get();
        Postgres.createDatabaseIfMissing(server.getJdbcUrl("postgres", "postgres"), postgresUser(), postgresPassword(),
                database);
        return server.getJdbcUrl("postgres", database);
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
        InetSocketAddress address = mongo.get().getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    @Override
    public String describe() {
        return "embedded (KRaft broker, PostgreSQL binaries, MongoDB stand-in)";
    }

    @Override
    public void close() {
        try {
            kafka.close();
            postgres.close();
        } finally {
            mongo.close();
        }
    }
}
