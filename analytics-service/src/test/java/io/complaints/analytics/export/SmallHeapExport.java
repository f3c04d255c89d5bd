package io.complaints.analytics.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.sun.management.GarbageCollectionNotificationInfo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.complaints.analytics.ledger.LedgerFilter;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.ledger.LedgerView;

/**
 * Runs a ledger export of one unit in a JVM of its own, as the export endpoints run it (a cursor
 * over the selection, each row written as it is read), so that a test can give it a heap far
 * smaller than the selection. Arguments: MongoDB URI, collection, unit, format (csv or xlsx), file.
 * Prints {@code exported <format> rows=<n> bytes=<n> ms=<n> liveHeapBytes=<n>}, the last being the
 * most heap in use right after any full collection during the export (what the export held).
 */
public final class SmallHeapExport {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SmallHeapExport() {
    }

    public static void main(String[] args) throws IOException {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        String uri = args[0];
        LedgerFilter filter = new LedgerFilter(args[2], null, null, null, null, null, null, null, null, null);
        ExportFormat format = args[3].equals("csv") ? new CsvExport() : new XlsxExport(100);
        Path file = Path.of(args[4]);
        AtomicLong liveHeap = watchFullCollections();
        long started = System.nanoTime();
        long[] rows = {0};
        try (MongoClient client = MongoClients.create(uri);
             Stream<LedgerRow> selection = LedgerSelection.open(
                     new MongoTemplate(client, new ConnectionString(uri).getDatabase()), filter, args[1], 500);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            format.write(LedgerColumns.all(ZONE), selection.peek(row -> rows[0]++)
                    .map(row -> LedgerView.of(row, NOW)).iterator(), out);
        }
        System.out.printf("exported %s rows=%d bytes=%d ms=%d liveHeapBytes=%d%n", format.extension(), rows[0],
                Files.size(file), (System.nanoTime() - started) / 1_000_000, liveHeap.get());
    }

    /** The most heap in use after a full collection, from now on. */
    private static AtomicLong watchFullCollections() {
        Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        AtomicLong most = new AtomicLong();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                if (info.getGcAction().contains("major")) {
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heap.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    most.accumulateAndGet(used, Math::max);
                }
            }, notification -> notification.getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
        }
        return most;
    }
}
