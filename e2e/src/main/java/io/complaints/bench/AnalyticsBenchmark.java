package io.complaints.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseTriaged;
import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.EventTypes;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.OpenDeadline;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;

/**
 * {@code bin/benchmark analytics}: how fast analytics rebuilds its read models, next to how fast a
 * plain consumer reads the same topics on the same run, and how fast the statistics answer with
 * that many complaints loaded.
 * <p>
 * Publishes {@code --complaints} made-up complaints received over the twelve months from November
 * 2025 to October 2026, in the order they were received, at twenty benchmark branches
 * (HQ → BM → BM-01…BM-20) straight to handling's topic (see {@link #TOPIC}), every {@code --handled-every}th with a handled,
 * closed case, and waits until the live consumer has applied them all; reads both topics from their
 * beginning with a plain consumer; asks the statistics of October 2026 for HQ and for one branch, and
 * of the year 2026 for HQ, {@code --queries} times each; rebuilds through the admin API and follows
 * it; then asks the same statistics of the rebuilt models. Prints one line per phase. Exits 1 when a
 * phase failed.
 */
final class AnalyticsBenchmark {

    static final String MODE = "analytics";
    private static final String SOURCE = "/benchmark";
    /**
     * Every made-up event goes to handling's topic: analytics reads both topics alike, while
     * handling-service and notification-service, which act on intake's topic, must not open cases or
     * send alerts for a million made-up complaints.
     */
    private static final String TOPIC = Topics.HANDLING;
    /** 1 November 2025 in Shanghai: the first of the twelve months. */
    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");
    private static final Instant FIRST_MONTH = Instant.parse("2025-10-31T16:00:00Z");
    /** Up to 31 October 2026 in Shanghai, a week short of the end so that every case closes in the year. */
    private static final Duration TWELVE_MONTHS = Duration.between(FIRST_MONTH, Instant.parse("2026-10-24T16:00:00Z"));

    private final Map<String, String> options;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** How many of the published complaints were received in 2026, in Shanghai: what HQ's year must count. */
    private long receivedIn2026;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private AnalyticsBenchmark(Map<String, String> options) {
        this.options = options;
    }

    static int main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>(Map.of("complaints", "1000000", "handled-every", "10",
                "queries", "200", "kafka", "127.0.0.1:19092", "analytics", "http://127.0.0.1:8083",
                "skip-publish", "false", "rebuild-hours", "3"));
        for (String[] option : Options.options(args)) {
            String name = option[0].substring(2);
            if (!options.containsKey(name)) {
                System.err.println("""
                        usage: bin/benchmark analytics [--complaints 1000000] [--handled-every 10] [--queries 200]
                                             [--kafka 127.0.0.1:19092] [--analytics http://127.0.0.1:8083]
                                             [--skip-publish true] [--rebuild-hours 3]""");
                return 2;
            }
            options.put(name, option[1]);
        }
        return new AnalyticsBenchmark(options).run();
    }

    private int run() throws Exception {
        int complaints = Integer.parseInt(options.get("complaints"));
        System.out.printf(Locale.ROOT, "analytics parameters: %s%n", options);
        if (!Boolean.parseBoolean(options.get("skip-publish"))) {
            long published = System.nanoTime();
            long events = publish(complaints, Integer.parseInt(options.get("handled-every")));
            awaitLiveConsumer(published, events);
        }
        rawRead();
        if (!Boolean.parseBoolean(options.get("skip-publish")) && !awaitStatistics()) {
            return 1;
        }
        int answered = statistics("live");
        if (!rebuild()) {
            return 1;
        }
        return answered | statistics("rebuilt");
    }

    /**
     * Waits until HQ's figures of 2026 count every complaint received in 2026 (the months are
     * recomputed after the live consumer applied their events); prints how long that took.
     */
    private boolean awaitStatistics() throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofHours(Long.parseLong(options.get("rebuild-hours"))).toNanos();
        long total = -1;
        while (System.nanoTime() < deadline) {
            total = get("/api/statistics?unit=HQ&period=2026").path("figures").path("total").asLong();
            if (total == receivedIn2026) {
                System.out.printf(Locale.ROOT, "statistics up to date: %.1f s after the live consumer caught up "
                        + "(HQ 2026 total=%d)%n", (System.nanoTime() - started) / 1e9, total);
                return true;
            }
            Thread.sleep(1000); // polling a remote service's figures, not waiting for a test condition
        }
        System.out.printf(Locale.ROOT, "statistics not up to date: HQ 2026 total=%d of %d%n", total, receivedIn2026);
        return false;
    }

    /** The statistics of October 2026 for HQ and for one branch, and of the year 2026 for HQ. */
    private int statistics(String models) throws Exception {
        return statistics(models, "HQ", "2026-10") | statistics(models, "BM-07", "2026-10")
                | statistics(models, "HQ", "2026");
    }

    private long publish(int complaints, int handledEvery) throws Exception {
        Random random = new Random(2026);
        long started = System.nanoTime();
        long events = 0;
        List<Future<RecordMetadata>> last = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties())) {
            for (int i = 0; i < complaints; i++) {
                String id = UUID.randomUUID().toString();
                int branch = 1 + random.nextInt(20);
                UnitRef unit = new UnitRef(String.format("BM-%02d", branch), List.of("HQ", "BM", String.format("BM-%02d", branch)));
                Instant received = FIRST_MONTH.plus(TWELVE_MONTHS.multipliedBy(i).dividedBy(complaints));
                if (received.atZone(SHANGHAI).getYear() == 2026) {
                    receivedIn2026++;
                }
                int level = 1 + random.nextInt(4);
                ComplaintReceived complaint = new ComplaintReceived(id, unit.code() + "-" + i, unit,
                        Channel.values()[random.nextInt(Channel.values().length)],
                        Category.values()[random.nextInt(Category.values().length)], level, "made up", "made up", null,
                        null, false, List.of(), null, 1, null,
                        new ComplainantRef("bench-" + i, "*", "138****0000", null, false), received, "bench");
                last.add(producer.send(record(TOPIC, EventTypes.COMPLAINT_RECEIVED, id, received, 0, complaint)));
                events++;
                if (i % handledEvery == 0) {
                    events += handled(producer, id, unit, level, received, random);
                }
                if (last.size() >= 10_000) {
                    last.getLast().get();
                    last.clear();
                }
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "published: complaints=%d events=%d seconds=%.1f events_per_s=%.0f%n",
                complaints, events, seconds, events / seconds);
        return events;
    }

    /** A case opened, triaged, investigated and closed, now and then late or dissatisfied. */
    private int handled(KafkaProducer<String, byte[]> producer, String id, UnitRef unit, int level, Instant received,
                        Random random) {
        Instant at = received.plusSeconds(60);
        List<Object> events = new ArrayList<>(List.of(
                new CaseOpened(id, unit.code() + "-" + id, unit, level, at),
                new CaseTriaged(id, level, "billing", at.plusSeconds(600)),
                new FindingsRecorded(id, "made up", List.of("METER-READING", "DELAY", "PROCESS-GAP", "OTHER")
                        .get(random.nextInt(4)))));
        if (random.nextInt(5) == 0) {
            events.add(new DeadlineMissed(id, new OpenDeadline(TimeLimit.SETTLE, received.plus(Duration.ofDays(3))),
                    received.plus(Duration.ofDays(3))));
        }
        Satisfaction satisfaction = Satisfaction.values()[random.nextInt(4)];
        events.add(new CallbackCompleted(id, "agent", "quality", satisfaction, null));
        events.add(new CaseClosed(id, CaseOutcome.RESOLVED, satisfaction,
                received.plus(Duration.ofHours(1 + random.nextInt(120)))));
        for (int sequence = 0; sequence < events.size(); sequence++) {
            Object data = events.get(sequence);
            producer.send(record(TOPIC, EventTypes.typeOf(data.getClass()).orElseThrow(), id,
                    at.plusSeconds(sequence), sequence, data));
        }
        return events.size();
    }

    private ProducerRecord<String, byte[]> record(String topic, String type, String id, Instant time, long sequence,
                                                  Object data) {
        try {
            return new ProducerRecord<>(topic, id, json.writeValueAsBytes(CloudEvent.of(UUID.randomUUID().toString(),
                    SOURCE, type, id, time, "bench", "BM", sequence, data)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until analytics' live consumer has read both topics to their end, so that phases do not
     * overlap; prints how many of the published events per second it applied, from the start of
     * publishing (it consumes while they are published).
     */
    private void awaitLiveConsumer(long publishStarted, long published) throws Exception {
        Properties properties = new Properties();
        properties.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("kafka"));
        try (var admin = org.apache.kafka.clients.admin.Admin.create(properties)) {
            long deadline = System.nanoTime() + Duration.ofHours(Long.parseLong(options.get("rebuild-hours"))).toNanos();
            long lag = Long.MAX_VALUE;
            long lastPrinted = 0;
            while (lag > 0 && System.nanoTime() < deadline) {
                var committed = admin.listConsumerGroupOffsets("analytics-service").partitionsToOffsetAndMetadata()
                        .get();
                var ends = new java.util.HashMap<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
                for (String topic : List.of(Topics.INTAKE, Topics.HANDLING)) {
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                            .forEach(p -> ends.put(new TopicPartition(topic, p.partition()),
                                    org.apache.kafka.clients.admin.OffsetSpec.latest()));
                }
                var latest = admin.listOffsets(ends).all().get();
                lag = 0;
                for (var partition : latest.entrySet()) {
                    var at = committed.get(partition.getKey());
                    lag += partition.getValue().offset() - (at == null ? 0 : at.offset());
                }
                if (System.nanoTime() - lastPrinted > Duration.ofSeconds(30).toNanos()) {
                    System.out.printf(Locale.ROOT, "live consumer: %d events behind%n", lag);
                    lastPrinted = System.nanoTime();
                }
                if (lag > 0) {
                    Thread.sleep(1000); // polling a remote consumer group, not waiting for a test condition
                }
            }
            double seconds = (System.nanoTime() - publishStarted) / 1e9;
            System.out.printf(Locale.ROOT, "live consumer: caught up %.1f s after publishing began (lag %d), "
                    + "events_per_s=%.0f%n", seconds, lag, published / seconds);
        }
    }

    /** The raw rate: a plain consumer reads both topics from their beginning to their current end. */
    private void rawRead() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("kafka"));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-raw-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.INTAKE, Topics.HANDLING)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long started = System.nanoTime();
            long records = 0;
            long bytes = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(500));
                for (var record : batch) {
                    records++;
                    bytes += record.value().length;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "raw read: records=%d mb=%.0f seconds=%.1f records_per_s=%.0f%n",
                    records, bytes / 1e6, seconds, records / seconds);
        }
    }

    private boolean rebuild() throws Exception {
        String analytics = options.get("analytics");
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(analytics + "/api/admin/rebuild"))
                .header("Authorization", BenchTokens.shared().bearer(BenchTokens.OPERATOR))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            System.out.println("rebuild: did not start: HTTP " + started.statusCode() + " " + started.body());
            return false;
        }
        long begun = System.nanoTime();
        long deadline = begun + Duration.ofHours(Long.parseLong(options.get("rebuild-hours"))).toNanos();
        JsonNode progress = null;
        long lastPrinted = 0;
        while (System.nanoTime() < deadline) {
            progress = get("/api/admin/rebuild");
            String state = progress.path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                break;
            }
            if (System.nanoTime() - lastPrinted > Duration.ofSeconds(30).toNanos()) {
                System.out.printf(Locale.ROOT, "rebuild: %d of %d events%n", progress.path("applied").asLong(),
                        progress.path("total").asLong());
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(1000); // polling a remote progress, not waiting for a test condition
        }
        double seconds = (System.nanoTime() - begun) / 1e9;
        boolean done = progress != null && progress.path("state").asText().equals("DONE");
        System.out.printf(Locale.ROOT, "rebuild: state=%s events=%d seconds=%.1f events_per_s=%.0f (server: %d)%n",
                progress == null ? "?" : progress.path("state").asText(), progress == null ? 0 : progress.path("applied").asLong(),
                seconds, progress == null ? 0 : progress.path("applied").asLong() / seconds,
                progress == null ? 0 : progress.path("eventsPerSecond").asLong());
        return done;
    }

    private int statistics(String models, String unit, String period) throws Exception {
        String path = "/api/statistics?unit=" + unit + "&period=" + period;
        int queries = Integer.parseInt(options.get("queries"));
        Histogram micros = new Histogram(60_000_000L, 3);
        JsonNode answer = null;
        for (int i = 0; i < queries + 10; i++) {
            long started = System.nanoTime();
            answer = get(path);
            if (i >= 10) {
                micros.recordValue(Math.min((System.nanoTime() - started) / 1000, micros.getHighestTrackableValue()));
            }
        }
        System.out.printf(Locale.ROOT, "statistics (%s) %s: queries=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f total=%s%n",
                models, path, queries, micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0, answer == null ? "?" : answer.path("figures").path("total"));
        return 0;
    }

    private JsonNode get(String path) throws Exception {
        String reader = path.startsWith("/api/admin/") ? BenchTokens.OPERATOR : BenchTokens.ANALYST;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.get("analytics") + path))
                .header("Authorization", BenchTokens.shared().bearer(reader))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("kafka"));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }
}
