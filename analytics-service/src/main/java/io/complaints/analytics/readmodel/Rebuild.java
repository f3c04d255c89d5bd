package io.complaints.analytics.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.platform.json.CloudEventCodec;

/**
 * Rebuilds every read model from the services' topics, from their beginning, into the next
 * generation aside, while the live one keeps answering; then makes it live and drops the old one.
 * Events that arrive meanwhile go to both (see {@link EventFeed}); the models are idempotent, so
 * the overlap with the replay is harmless. One rebuild at a time, across all instances: it holds
 * the generation it fills under a lease it renews while it runs, so a rebuild that crashed blocks
 * the next one only until its lease lapsed. A rebuild is refused when a topic no longer holds its
 * whole history ({@link TopicHistory}).
 */
@Component
public class Rebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final String PROGRESS_ID = "rebuild";

    /** How far a rebuild has come. */
    public record Progress(String state, int generation, long total, long applied, Instant startedAt,
                           Instant finishedAt, long eventsPerSecond, String error) {

        static Progress idle() {
            return new Progress("IDLE", 0, 0, 0, null, null, 0, null);
        }
    }

    private final Generations generations;
    private final TopicHistory history;
    private final List<ReadModel> models;
    private final MongoTemplate mongo;
    private final ConsumerFactory<String, byte[]> consumers;
    private final CloudEventCodec codec;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private final ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "read-model-rebuild-lease"));
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());
    private volatile boolean stopping;
    private volatile boolean leaseLost;

    Rebuild(Generations generations, TopicHistory history, List<ReadModel> models, MongoTemplate mongo,
            ConsumerFactory<String, byte[]> consumers, CloudEventCodec codec, Clock clock) {
        this.generations = generations;
        this.history = history;
        this.models = models;
        this.mongo = mongo;
        this.consumers = consumers;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Starts a rebuild in the background; empty when one is already running.
     *
     * @throws io.complaints.platform.RulesViolatedException when a topic no longer holds its whole
     *                                                       history; nothing is changed then
     */
    public Optional<Progress> start() {
        Map<TopicPartition, Long> beginnings = history.beginnings();
        String owner = UUID.randomUUID().toString();
        Optional<Generation> claimed = generations.beginBuilding(owner);
        claimed.ifPresent(generation -> {
            report(new Progress("RUNNING", generation.number(), 0, 0, clock.instant(), null, 0, null));
            runner.submit(() -> run(generation, owner, beginnings));
        });
        return claimed.map(generation -> progress.get());
    }

    /** The progress of the last rebuild, whichever instance runs it. */
    public Progress progress() {
        Progress stored = mongo.findById(PROGRESS_ID, Progress.class, Generations.COLLECTION);
        return stored == null ? Progress.idle() : stored;
    }

    private void report(Progress now) {
        progress.set(now);
        mongo.save(new org.bson.Document("_id", PROGRESS_ID).append("state", now.state())
                .append("generation", now.generation()).append("total", now.total()).append("applied", now.applied())
                .append("startedAt", now.startedAt() == null ? null : java.util.Date.from(now.startedAt()))
                .append("finishedAt", now.finishedAt() == null ? null : java.util.Date.from(now.finishedAt()))
                .append("eventsPerSecond", now.eventsPerSecond()).append("error", now.error()),
                Generations.COLLECTION);
    }

    private void run(Generation generation, String owner, Map<TopicPartition, Long> beginnings) {
        Instant started = clock.instant();
        leaseLost = false;
        long renewEvery = Generations.LEASE.dividedBy(3).toMillis();
        ScheduledFuture<?> renewing = leases.scheduleAtFixedRate(() -> renew(generation, owner), renewEvery,
                renewEvery, TimeUnit.MILLISECONDS);
        try {
            drop(generation);
            models.forEach(model -> model.ensureIndexes(generation));
            long applied = replayThenSwitch(generation, owner, beginnings, started);
            Instant finished = clock.instant();
            report(new Progress("DONE", generation.number(), applied, applied, started, finished,
                    perSecond(applied, started, finished), null));
            log.info("read models rebuilt as generation {} from {} events", generation.number(), applied);
        } catch (RuntimeException failure) {
            renewing.cancel(false);
            if (!leaseLost) {
                generations.abandon(generation, owner);
                drop(generation);
            }
            Progress sofar = progress.get();
            if (!leaseLost) { // otherwise the rebuild that took over reports its own progress
                report(new Progress("FAILED", generation.number(), sofar.total(), sofar.applied(), started,
                        clock.instant(), 0, failure.getClass().getSimpleName() + ": " + failure.getMessage()));
            }
            log.error("rebuild of generation {} failed; the live read models stay", generation.number(), failure);
        } finally {
            renewing.cancel(false);
        }
    }

    private void renew(Generation generation, String owner) {
        try {
            if (!generations.renew(generation, owner)) {
                leaseLost = true;
            }
        } catch (RuntimeException unreachable) {
            log.warn("could not renew the rebuild's lease on generation {}", generation.number(), unreachable);
        }
    }

    /**
     * Replays the topics from where their history begins to their end as it was then, makes the
     * rebuilt generation live, waits until every instance's live feed writes to it, and then catches
     * up with what arrived meanwhile (the live feed wrote that to the old generation only).
     */
    private long replayThenSwitch(Generation generation, String owner, Map<TopicPartition, Long> beginnings,
                                  Instant started) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("analytics-rebuild-" + UUID.randomUUID(),
                "rebuild", null, overrides)) {
            AtomicReference<Generation> previous = new AtomicReference<>();
            RebuildReading.Applied applied = new RebuildReading(consumer, clock, this::stopped).replayThenCatchUp(
                    beginnings, new RebuildReading.Steps() {

                        @Override
                        public void replay(List<ConsumerRecord<String, byte[]>> records) {
                            Rebuild.this.replay(records, generation);
                        }

                        @Override
                        public void progress(long replayed, long total) {
                            report(new Progress("RUNNING", generation.number(), total, replayed, started, null,
                                    perSecond(replayed, started, clock.instant()), null));
                        }

                        @Override
                        public void switchOver() {
                            models.forEach(model -> model.replayed(generation));
                            previous.set(generations.switchTo(generation, owner));
                            awaitEveryInstanceOnTheNewGeneration();
                        }

                        @Override
                        public void catchUp(ConsumerRecord<String, byte[]> record) {
                            Rebuild.this.catchUp(record, generation);
                        }
                    });
            drop(previous.get());
            log.info("rebuild caught up with {} events that arrived while it ran", applied.caughtUp());
            return applied.replayed();
        }
    }

    /** Why the rebuild must stop before its end, if it must. */
    private Optional<String> stopped() {
        if (stopping) {
            return Optional.of("the service is stopping");
        }
        return leaseLost ? Optional.of("the lease on the generation lapsed and another rebuild took over")
                : Optional.empty();
    }

    private void awaitEveryInstanceOnTheNewGeneration() {
        try {
            // every instance reads which generation is live at most this long after it changed
            Thread.sleep(Generations.FRESH_FOR.multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while switching generations", e);
        }
    }

    /** Replays what one poll brought into the generation, model by model in one go. */
    private void replay(List<ConsumerRecord<String, byte[]>> records, Generation generation) {
        List<CloudEvent<Object>> events = records.stream().flatMap(record -> decode(record).stream()).toList();
        if (!events.isEmpty()) {
            models.forEach(model -> model.applyAll(events, generation));
        }
    }

    private void catchUp(ConsumerRecord<String, byte[]> record, Generation generation) {
        decode(record).ifPresent(event -> models.forEach(model -> model.catchUp(event, generation)));
    }

    private Optional<CloudEvent<Object>> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decode(record.value());
        } catch (RuntimeException poison) {
            // the live consumer parked it on the dead-letter topic; a rebuild skips it the same way
            log.warn("rebuild skips the unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
    }

    private void drop(Generation generation) {
        models.forEach(model -> model.collections().forEach(base -> mongo.dropCollection(generation.collection(base))));
    }

    private static long perSecond(long events, Instant from, Instant to) {
        long millis = Math.max(1, Duration.between(from, to).toMillis());
        return events * 1000 / millis;
    }

    @Override
    public void destroy() {
        stopping = true;
        runner.shutdownNow();
        leases.shutdownNow();
    }
}
