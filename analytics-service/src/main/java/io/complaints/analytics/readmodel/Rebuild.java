package io.complaints.analytics.readmodel;

import java.time.Clock;
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
import org.springframework.beans.factory.annotation.Value;
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
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    private final int recordsPerPoll;
    private final ReadModelVersions versions;
    private volatile boolean stopping;
    private volatile boolean leaseLost;

    Rebuild(Generations generations, ReadModelVersions versions, TopicHistory history, List<ReadModel> models,
            MongoTemplate mongo, ConsumerFactory<String, byte[]> consumers, CloudEventCodec codec, Clock clock,
            @Value("${complaints.analytics.rebuild.records-per-poll:2000}") int recordsPerPoll) {
        this.recordsPerPoll = recordsPerPoll;
        this.versions = versions;
        this.generations = generations;
        this.history = history;
        this.models = models;
        this.mongo = mongo;
        this.consumers = consumers;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Starts a rebuild in the background: its progress at 0; empty when one is already running.
     *
     * @throws io.complaints.platform.RulesViolatedException when a topic no longer holds its whole
     *                                                       history; nothing is changed then
     */
    public Optional<RebuildProgress> start() {
        Map<TopicPartition, Long> beginnings = history.beginnings();
        String owner = UUID.randomUUID().toString();
        return generations.beginBuilding(owner).map(generation -> {
            RebuildProgress starting = RebuildProgress.starting(generation.number(), clock.instant());
            report(starting);
            runner.submit(() -> run(generation, owner, beginnings));
            return starting;
        });
    }

    /** The progress of the last rebuild, whichever instance runs it. */
    public RebuildProgress progress() {
        RebuildProgress stored = mongo.findById(PROGRESS_ID, RebuildProgress.class, Generations.COLLECTION);
        return stored == null ? RebuildProgress.idle() : stored;
    }

    private void report(RebuildProgress now) {
        progress.set(now);
        org.bson.Document stored = new org.bson.Document();
        mongo.getConverter().write(now, stored);
        stored.put("_id", PROGRESS_ID);
        mongo.save(stored, Generations.COLLECTION);
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
            report(progress.get().done(clock.instant()));
            log.info("read models rebuilt as generation {} from {} events", generation.number(), applied);
        } catch (RuntimeException failure) {
            renewing.cancel(false);
            if (!leaseLost) {
                generations.abandon(generation, owner);
                drop(generation);
            }
            if (!leaseLost) { // otherwise the rebuild that took over reports its own progress
                report(progress.get().failed(clock.instant(),
                        failure.getClass().getSimpleName() + ": " + failure.getMessage()));
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
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(recordsPerPoll));
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
                        public void progress(Map<TopicPartition, Long> replayed, Map<TopicPartition, Long> toReplay) {
                            report(RebuildProgress.running(generation.number(), started, clock.instant(), replayed,
                                    toReplay));
                        }

                        @Override
                        public void switchOver() {
                            models.forEach(model -> model.replayed(generation));
                            previous.set(generations.switchTo(generation, owner));
                            versions.recordBuilt(generation);
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
        List<CloudEvent<Object>> events = records.stream().flatMap(record -> RebuildReading.decode(codec, record).stream()).toList();
        if (!events.isEmpty()) {
            models.forEach(model -> model.applyAll(events, generation));
        }
    }

    private void catchUp(ConsumerRecord<String, byte[]> record, Generation generation) {
        RebuildReading.decode(codec, record).ifPresent(event -> models.forEach(model -> model.catchUp(event, generation)));
    }

    private void drop(Generation generation) {
        models.forEach(model -> model.collections().forEach(base -> mongo.dropCollection(generation.collection(base))));
    }

    @Override
    public void destroy() {
        stopping = true;
        runner.shutdownNow();
        leases.shutdownNow();
    }
}
