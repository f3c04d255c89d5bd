package io.complaints.testsupport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Looks for values (e.g. a complainant's canary name, phone, texts) in clear text in a store: every
 * column of every table of a PostgreSQL database, every document of every collection of a MongoDB
 * database ({@link MongoSearch}), every record of a topic. Each finding names where, never more of the store than that.
 */
public final class StoreSearch {

    private StoreSearch() {
    }

    /** Where in the database's tables (schema public, every column, bytes read as UTF-8) any value occurs. */
    public static List<String> inPostgres(DataSource dataSource, Collection<String> values) {
        try (Connection connection = dataSource.getConnection()) {
            return inPostgres(connection, values);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the database", e);
        }
    }

    /** The same, in the database of this JDBC URL. */
    public static List<String> inPostgres(String jdbcUrl, String user, String password, Collection<String> values) {
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, password)) {
            return inPostgres(connection, values);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the database", e);
        }
    }

    private static List<String> inPostgres(Connection connection, Collection<String> values) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String text = rows.getObject(c) instanceof byte[] bytes
                                ? new String(bytes, StandardCharsets.UTF_8) : rows.getString(c);
                        for (String value : values) {
                            if (text != null && text.contains(value)) {
                                found.add(table + "." + columns.getColumnName(c) + " holds " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Which records of any topic of the broker (dead-letter topics too), read to their end, hold any value. */
    public static List<String> inTopics(String bootstrapServers, Collection<String> values) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "store-search-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().values().stream().flatMap(List::stream)
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .filter(partition -> !partition.topic().startsWith("__")).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the topics were not read to their end within 2 minutes");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return inRecords(records, values);
    }

    /** Which records (topic, partition, offset) hold any value in their key, value or headers. */
    public static List<String> inRecords(Collection<ConsumerRecord<String, byte[]>> records, Collection<String> values) {
        List<String> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            StringBuilder text = new StringBuilder(String.valueOf(record.key()));
            if (record.value() != null) {
                text.append(new String(record.value(), StandardCharsets.UTF_8));
            }
            record.headers().forEach(header -> text.append(new String(header.value(), StandardCharsets.UTF_8)));
            values.stream().filter(value -> text.indexOf(value) >= 0).forEach(value -> found.add(
                    record.topic() + "-" + record.partition() + "@" + record.offset() + " holds " + value));
        }
        return found;
    }
}
