package io.complaints.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.json.CloudEventCodec;

/**
 * Sends the whole event store again to the service's topic, in the store's global order, through
 * the same translation as the live publisher ({@link EventTranslator}), keyed by complaint id; sends
 * are acknowledged (acks=all) batch by batch. Consumers deduplicate, so the copies are harmless.
 * When it ran to its end, it records from which offsets the topic holds the whole history again
 * ({@link RepublishedHistory}). One republish at a time per service, across its instances.
 */
public class Republisher implements DisposableBean {

    static final String RULE = "one-republish-at-a-time";
    private static final Logger log = LoggerFactory.getLogger(Republisher.class);
    private static final int BATCH = 500;

    private final EventStore store;
    private final StoredEvents stored;
    private final EventTranslator translator;
    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaAdmin admin;
    private final CloudEventCodec codec;
    private final Duration ackTimeout;
    private final Clock clock;
    private final Map<String, AtomicReference<RepublishJob>> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "republish"));

    Republisher(EventStore store, StoredEvents stored, EventTranslator translator, KafkaTemplate<String, byte[]> kafka,
                KafkaAdmin admin, CloudEventCodec codec, Duration ackTimeout, Clock clock) {
        this.store = store;
        this.stored = stored;
        this.translator = translator;
        this.kafka = kafka;
        this.admin = admin;
        this.codec = codec;
        this.ackTimeout = ackTimeout;
        this.clock = clock;
    }

    /**
     * Starts a republish in the background.
     *
     * @throws RulesViolatedException when one is already running, on this instance or another
     */
    public RepublishJob start() {
        StoredEvents.Lock lock = stored.lockForRepublish().orElseThrow(() -> RulesViolatedException.ofRule(RULE,
                "a republish of this service's event store is already running; follow it where it was started"));
        var job = new AtomicReference<>(RepublishJob.started(UUID.randomUUID().toString(), translator.topic(),
                clock.instant()));
        jobs.put(job.get().id(), job);
        runner.submit(() -> {
            try (lock) {
                run(job);
            }
        });
        return job.get();
    }

    /** A job started on this instance. */
    public Optional<RepublishJob> job(String id) {
        return Optional.ofNullable(jobs.get(id)).map(AtomicReference::get);
    }

    private void run(AtomicReference<RepublishJob> job) {
        try {
            Map<Integer, Long> from = endOffsets();
            TrackingToken head = store.createHeadToken();
            long last = head == null ? -1 : head.position().orElse(-1);
            job.updateAndGet(j -> j.counting(last < 0 ? 0 : stored.countUpTo(last)));
            long sent = last < 0 ? 0 : sendUpTo(last, job);
            kafka.send(RepublishedHistory.TOPIC, translator.topic(), new RepublishedHistory(translator.topic(),
                    job.get().id(), sent, clock.instant(), from).toJson()).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            job.updateAndGet(j -> j.finished(clock.instant()));
            log.info("republished {} events of the event store to {}", sent, translator.topic());
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            job.updateAndGet(j -> j.failedWith(failure, clock.instant()));
            log.error("the republish to {} failed; it can be started again", translator.topic(), failure);
        }
    }

    /** Reads the store from its first event up to the head, sending batch by batch; how many were sent. */
    private long sendUpTo(long last, AtomicReference<RepublishJob> job) throws Exception {
        long read = 0;
        long sent = 0;
        List<CompletableFuture<?>> batch = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> events = store.openStream(null)) {
            long position = -1;
            while (position < last) {
                if (!events.hasNextAvailable((int) ackTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the event store stopped answering at position " + position);
                }
                TrackedEventMessage<?> event = events.nextAvailable();
                position = event.trackingToken().position().orElse(position);
                read++;
                translator.translate(event).ifPresent(published -> batch.add(
                        kafka.send(translator.topic(), published.subject(), codec.encode(published))));
                if (batch.size() >= BATCH || position >= last) {
                    sent += awaitAcknowledgements(batch);
                }
                long readSoFar = read;
                long sentSoFar = sent;
                job.updateAndGet(j -> j.progressed(readSoFar, sentSoFar));
            }
        }
        return sent;
    }

    private int awaitAcknowledgements(List<CompletableFuture<?>> batch) throws Exception {
        CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        int acknowledged = batch.size();
        batch.clear();
        return acknowledged;
    }

    /** Where each partition of the topic ends now: the republished history begins there. */
    private Map<Integer, Long> endOffsets() throws Exception {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            var partitions = client.describeTopics(List.of(translator.topic())).allTopicNames().get()
                    .get(translator.topic()).partitions();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                    p -> new TopicPartition(translator.topic(), p.partition()), p -> OffsetSpec.latest()));
            return client.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
