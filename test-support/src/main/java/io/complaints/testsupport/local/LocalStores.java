package io.complaints.testsupport.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import io.complaints.testsupport.Postgres;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The stores of the no-Docker local run, in one process: a real PostgreSQL (embedded binaries,
 * data kept in {@code <data>/postgres}, fsync and synchronous commit on) holding one database per
 * event-sourced service, and the MongoDB stand-in with its H2 file backend
 * ({@code <data>/mongo/complaints.mv}). Stopping this process (SIGTERM) stops both cleanly. A port
 * of 0 leaves that store out, so that each can run (and be stopped and restarted) as a process of
 * its own, as {@code bin/run-local} does.
 *
 * <p>Usage: {@code LocalStores <data-dir> <postgres-port> <mongo-port> [<database>...]}
 */
public final class LocalStores {

    private LocalStores() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LocalStores <data-dir> <postgres-port> <mongo-port> [<database>...]"
                    + " (port 0: without that store)");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int postgresPort = Integer.parseInt(args[1]);
        int mongoPort = Integer.parseInt(args[2]);
        List<String> databases = List.of(args).subList(3, args.length);

        EmbeddedPostgres postgres = postgresPort == 0 ? null : startPostgres(data.resolve("postgres"), postgresPort);
        if (postgres != null) {
            for (String database : databases) {
                Postgres.createDatabaseIfMissing(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                        database);
            }
        }
        MongoServer mongo = mongoPort == 0 ? null : new MongoServer(mongoBackend(data));
        if (mongo != null) {
            mongo.bind("127.0.0.1", mongoPort);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (mongo != null) {
                mongo.shutdown();
            }
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "local-stores-shutdown"));
        System.out.printf("READY postgres=%s mongo=%s databases=%s%n",
                postgres == null ? "-" : "127.0.0.1:" + postgresPort, mongo == null ? "-" : "127.0.0.1:" + mongoPort,
                databases);
        stopped.await();
    }

    /**
     * The MongoDB stand-in's store: a file in the data directory (kept across restarts), or, with
     * {@code MONGO_STORE=memory}, memory only (gone at stop; several times faster, since the file
     * store serialises every document it reads or writes).
     */
    private static MongoBackend mongoBackend(Path data) throws IOException {
        String store = System.getenv().getOrDefault("MONGO_STORE", "file");
        switch (store) {
            case "memory" -> {
                return new MemoryBackend();
            }
            case "file" -> {
                Files.createDirectories(data.resolve("mongo"));
                return new H2Backend(data.resolve("mongo/complaints.mv").toString());
            }
            default -> throw new IllegalArgumentException("MONGO_STORE must be file or memory, not " + store);
        }
    }

    private static EmbeddedPostgres startPostgres(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        File socketDirectory = Files.createDirectories(directory.resolveSibling("postgres-socket")).toFile();
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(directory.toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", socketDirectory.getAbsolutePath())
                .setServerConfig("max_connections", "200")
                .start();
    }
}
