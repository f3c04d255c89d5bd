package io.complaints.platform.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.complaints.testsupport.Infrastructure;

/**
 * An Axon JDBC event store on a real PostgreSQL database of its own, wired as the services wire it
 * (Spring transactions, the unit-of-work-aware connection provider, the platform's migrations), with
 * and without the audit chain, and the means to tamper with it directly in the database.
 */
final class AuditedStore {

    /** The payload of the events: a note and who wrote it. */
    record Noted(String note, int number) {
    }

    final DataSource dataSource;
    final JdbcTemplate sql;
    final TransactionManager transactions;
    final JdbcEventStorageEngine plain;
    final EventStorageEngine chained;

    AuditedStore(String database) {
        this(database, false);
    }

    /** @param oneConnection every transaction on one kept connection, as a pool would give (for timings) */
    AuditedStore(String database, boolean oneConnection) {
        Infrastructure infrastructure = Infrastructure.shared();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(infrastructure.postgresJdbcUrl(database));
        pg.setUser(infrastructure.postgresUser());
        pg.setPassword(infrastructure.postgresPassword());
        pg.setReWriteBatchedInserts(true);
        dataSource = oneConnection ? new SingleConnectionDataSource(connect(pg), true) : pg;
        sql = new JdbcTemplate(dataSource);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        var connections = new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        plain = JdbcEventStorageEngine.builder().connectionProvider(connections).transactionManager(transactions)
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .persistenceExceptionResolver(new SQLStateResolver("23505")).build();
        chained = new ChainingEventStorageEngine(plain, transactions, connections);
    }

    /** A fresh schema: the platform's migrations, in Flyway's order (versioned, then repeatable). */
    void reset() {
        sql.execute("DROP SCHEMA public CASCADE");
        sql.execute("CREATE SCHEMA public");
        run("db/axon/V1__axon_event_store.sql");
        run("db/axon/R__audit_chain.sql");
        run("db/axon/R__audit_chain.sql"); // a repeatable migration runs again when it changes: harmless
    }

    AuditVerifier verifier() {
        return new AuditVerifier(dataSource, checkpoints(), "test-service", Clock.systemUTC());
    }

    AuditCheckpoints checkpoints() {
        return new AuditCheckpoints(dataSource, "test-service", Duration.ZERO, Clock.systemUTC());
    }

    /** Appends {@code count} events to a new stream, each in its own transaction; returns the stream's id. */
    String stream(EventStorageEngine engine, int count) {
        String id = "complaint-" + UUID.randomUUID();
        append(engine, id, 0, count);
        return id;
    }

    void append(EventStorageEngine engine, String id, long from, int count) {
        for (long sequence = from; sequence < from + count; sequence++) {
            DomainEventMessage<Noted> event = new GenericDomainEventMessage<>("Complaint", id, sequence,
                    new Noted("note " + sequence, (int) sequence), MetaData.with("actor", "shpd.agent")
                            .and("correlationId", UUID.randomUUID().toString()));
            transactions.executeInTransaction(() -> engine.appendEvents(List.of(event)));
        }
    }

    long globalIndexOf(String id, long sequence) {
        return sql.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND sequencenumber = ?", Long.class, id, sequence);
    }

    /** Rewrites the chain of one stream from its stored events, as someone who knows the algorithm would. */
    void rechain(String id) {
        byte[] previous = AuditHash.GENESIS;
        List<StoredEvent> events = new ArrayList<>(sql.query("SELECT " + StoredEvent.COLUMNS
                + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                (row, n) -> StoredEvent.read(row), id));
        for (StoredEvent event : events) {
            byte[] hash = AuditHash.ofEvent(previous, event);
            sql.update("UPDATE audit_chain SET hash = ? WHERE globalindex = ?", hash, event.globalIndex());
            previous = hash;
        }
    }

    private static Connection connect(PGSimpleDataSource pg) {
        try {
            return pg.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the test database", e);
        }
    }

    private void run(String script) {
        try (InputStream in = AuditedStore.class.getClassLoader().getResourceAsStream(script);
             Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + script, e);
        }
    }
}
