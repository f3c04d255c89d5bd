package io.complaints.analytics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;

import io.complaints.analytics.ledger.LedgerFilter;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.ledger.LedgerView;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.testsupport.Infrastructure;

/**
 * A selection of 100,000 ledger rows exports completely while only a few rows are ever held: the
 * CSV is written while the database is still handing rows over, never more than a batch ahead of
 * what has gone out; the workbook, which can only be sent once complete, is written in a JVM whose
 * whole heap is smaller than the rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExportStreamingTest {

    private static final int ROWS = 100_000;
    private static final int BATCH = 500;
    private static final long SMALL_HEAP_MB = 64;
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final LedgerFilter ALL_OF_PUDONG =
            new LedgerFilter("SH-PD", null, null, null, null, null, null, null, null, null);

    private final String database = "ledger_export_large_" + UUID.randomUUID().toString().replace("-", "");
    private final String collection = new Generation(1).collection("ledger");
    private final String uri = Infrastructure.shared().mongoUri(database);
    private final FetchedRows fetched = new FetchedRows();
    private MongoClient client;
    private MongoTemplate mongo;
    private long bsonBytes;

    @BeforeAll
    void aLedgerOf100000Rows() {
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .addCommandListener(fetched).build());
        mongo = new MongoTemplate(client, database);
        long started = System.nanoTime();
        bsonBytes = LargeLedger.insert(mongo, collection, ROWS);
        System.out.printf("inserted %d ledger rows (%d bytes of BSON) in %d ms%n", ROWS, bsonBytes,
                millisSince(started));
    }

    @AfterAll
    void dropIt() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void theCsvGoesOutWhileTheRowsAreStillBeingReadNeverMoreThanABatchAhead() throws IOException {
        WatchedOutput out = new WatchedOutput(fetched);
        long started = System.nanoTime();
        try (Stream<LedgerRow> rows = LedgerSelection.open(mongo, ALL_OF_PUDONG, collection, BATCH)) {
            new CsvExport().write(LedgerColumns.all(ZoneId.of("Asia/Shanghai")),
                    rows.map(row -> LedgerView.of(row, NOW)).iterator(), out);
        }
        long millis = millisSince(started);
        System.out.printf("CSV of %d rows: %d bytes in %d ms; first bytes out after %d rows fetched; at most %d "
                        + "rows fetched ahead of the output%n", ROWS, out.bytes, millis, out.fetchedAtFirstWrite,
                out.mostAhead);

        assertThat(out.lines).as("the header and every row").isEqualTo(ROWS + 1);
        assertThat(fetched.rows()).isEqualTo(ROWS);
        assertThat(out.fetchedAtFirstWrite).as("the file starts before the selection is read")
                .isPositive().isLessThanOrEqualTo(2 * BATCH);
        assertThat(out.mostAhead).as("rows read but not yet written, at any moment")
                .isLessThanOrEqualTo(2 * BATCH);
    }

    @Test
    void theWorkbookIsWrittenInAHeapSmallerThanTheRows(@TempDir Path files) throws Exception {
        Path xlsx = files.resolve("ledger.xlsx");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + SMALL_HEAP_MB + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                SmallHeapExport.class.getName(), uri, collection, "SH-PD", "xlsx", xlsx.toString());
        Path printed = files.resolve("printed.txt");
        long started = System.nanoTime();
        Process export = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
        if (!export.waitFor(2, TimeUnit.MINUTES)) {
            export.destroyForcibly();
        }
        String output = Files.readString(printed);
        assertThat(export.isAlive()).as("still exporting after 2 minutes").isFalse();
        System.out.printf("in a JVM of %d MB heap, %d ms in all: %s", SMALL_HEAP_MB, millisSince(started), output);

        assertThat(export.exitValue()).as(output).isZero();
        Matcher exported = Pattern.compile("exported xlsx rows=(\\d+) bytes=(\\d+) ms=(\\d+) liveHeapBytes=(\\d+)")
                .matcher(output);
        assertThat(exported.find()).as(output).isTrue();
        assertThat(Long.parseLong(exported.group(1))).isEqualTo(ROWS);
        assertThat(bsonBytes).as("the rows are larger than the whole heap").isGreaterThan(SMALL_HEAP_MB << 20);
        assertThat(Long.parseLong(exported.group(4))).as("heap in use after full collections, at most")
                .isLessThan(bsonBytes / 2);
        assertThat(sheetRows(xlsx)).as("the header and every row").isEqualTo(ROWS + 1);
    }

    /** Rows of the workbook's sheet, counted in its XML as it is unzipped. */
    private static long sheetRows(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet).isNotNull();
            assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNull();
            try (BufferedReader xml = new BufferedReader(new InputStreamReader(zip.getInputStream(sheet),
                    StandardCharsets.UTF_8))) {
                long rows = 0;
                char[] buffer = new char[64 * 1024];
                String carry = "";
                for (int read = xml.read(buffer); read > 0; read = xml.read(buffer)) {
                    String chunk = carry + new String(buffer, 0, read);
                    rows += Pattern.compile("<row ").matcher(chunk).results().count();
                    carry = chunk.substring(Math.max(0, chunk.length() - 4));
                }
                return rows;
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Counts the rows the database hands over to the driver, batch by batch. */
    static final class FetchedRows implements CommandListener {

        private final AtomicLong rows = new AtomicLong();

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            BsonDocument cursor = event.getResponse().getDocument("cursor", null);
            if (cursor != null) {
                BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch")
                        : cursor.getArray("nextBatch", new BsonArray());
                rows.addAndGet(batch.size());
            }
        }

        long rows() {
            return rows.get();
        }

        void reset() {
            rows.set(0);
        }
    }

    /** The export's output: how many lines went out, and how far the rows fetched were ahead of them. */
    private static final class WatchedOutput extends OutputStream {

        private final FetchedRows fetched;
        private long bytes;
        private long lines;
        private long fetchedAtFirstWrite = -1;
        private long mostAhead;

        WatchedOutput(FetchedRows fetched) {
            this.fetched = fetched;
            fetched.reset();
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            if (fetchedAtFirstWrite < 0) {
                fetchedAtFirstWrite = fetched.rows();
            }
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            // the header is a line but no row
            mostAhead = Math.max(mostAhead, fetched.rows() - Math.max(0, lines - 1));
        }
    }
}
