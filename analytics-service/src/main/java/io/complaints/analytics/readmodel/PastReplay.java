package io.complaints.analytics.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.limits.CallerPermits;

/**
 * A read model as it stood at a past instant, computed from the events: the topics' records from
 * where their history begins ({@link TopicHistory}) to their end as the question is asked, of which
 * those whose event happened at or before the instant are applied, in the topics' order, to a scratch
 * generation of the model, by the same code that keeps the live one. The instant compared is the
 * event's own time ({@code time}: when the fact was recorded in the source's event store), not the
 * record's timestamp: a republished history (after records were deleted) carries the republish's
 * timestamps, and the event store is the source of truth. An event published late (its service's
 * publisher was behind) therefore counts from when it happened.
 * <p>
 * The work is bounded: a history longer than {@code complaints.analytics.past.max-records} is refused
 * before anything is read (409, {@value #TOO_LONG}); a replay taking longer than the timeout is given up
 * (409, {@value #TOO_SLOW}); a caller runs one replay at a time and the instance two (429)
 * ({@link PastReplaySettings}). The scratch generation is dropped when the answer is written.
 */
@Component
@EnableConfigurationProperties(PastReplaySettings.class)
public class PastReplay {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PastReplay.class);

    static final String TOO_LONG = "past-history-too-long";
    static final String TOO_SLOW = "past-replay-timeout";

    private final TopicHistory history;
    private final ConsumerFactory<String, byte[]> consumers;
    private final CloudEventCodec codec;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final PastReplaySettings settings;
    private final CallerPermits permits;

    PastReplay(TopicHistory history, ConsumerFactory<String, byte[]> consumers, CloudEventCodec codec,
               MongoTemplate mongo, Clock clock, PastReplaySettings settings) {
        this.history = history;
        this.consumers = consumers;
        this.codec = codec;
        this.mongo = mongo;
        this.clock = clock;
        this.settings = settings;
        this.permits = new CallerPermits("questions about the past", settings.perCaller(), settings.inAll());
    }

    /** A model's scratch generation as of an instant; closing it drops it and frees the caller's turn. */
    public final class Scratch implements AutoCloseable {

        private final Generation generation;
        private final ReadModel model;
        private final CallerPermits.Permit permit;
        private long applied;

        private Scratch(Generation generation, ReadModel model, CallerPermits.Permit permit) {
            this.generation = generation;
            this.model = model;
            this.permit = permit;
        }

        public Generation generation() {
            return generation;
        }

        /** How many events happened up to the instant (and were applied). */
        public long applied() {
            return applied;
        }

        @Override
        public void close() {
            try {
                model.collections().forEach(base -> mongo.dropCollection(generation.collection(base)));
            } finally {
                permit.close();
            }
        }
    }

    /**
     * {@code model} as it stood at {@code instant}, for {@code caller}.
     *
     * @throws RulesViolatedException when the history is too long to replay, or the replay too slow
     * @throws io.complaints.platform.limits.TooManyRequestsException when the caller or the instance
     *                                                                 runs as many replays as it may
     */
    public Scratch upTo(Instant instant, String caller, ReadModel model) {
        Scratch scratch = new Scratch(Generation.scratch(), model, permits.acquire(caller));
        try {
            Map<TopicPartition, Long> beginnings = history.beginnings();
            Instant giveUpAt = clock.instant().plus(settings.timeout());
            try (Consumer<String, byte[]> consumer = consumer()) {
                Map<TopicPartition, Long> end = consumer.endOffsets(new ArrayList<>(beginnings.keySet()));
                refuseLongerThanTheBound(beginnings, end);
                model.ensureIndexes(scratch.generation);
                Instant started = clock.instant();
                long read = new RebuildReading(consumer, clock, () -> clock.instant().isAfter(giveUpAt)
                        ? Optional.of("slow") : Optional.empty())
                        .readOnly(beginnings, end, polled -> apply(polled, instant, scratch));
                log.info("replayed {} records up to {} ({} events applied) in {} ms", read, instant, scratch.applied,
                        java.time.Duration.between(started, clock.instant()).toMillis());
            } catch (IllegalStateException stopped) {
                if (!clock.instant().isAfter(giveUpAt)) {
                    throw stopped;
                }
                throw RulesViolatedException.ofRule(TOO_SLOW, "replaying the history up to " + instant + " took longer"
                        + " than " + settings.timeout() + " (complaints.analytics.past.timeout)");
            }
            return scratch;
        } catch (RuntimeException refused) {
            scratch.close();
            throw refused;
        }
    }

    private void refuseLongerThanTheBound(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> end) {
        long records = beginnings.entrySet().stream()
                .mapToLong(b -> Math.max(0, end.get(b.getKey()) - b.getValue())).sum();
        if (records > settings.maxRecords()) {
            throw RulesViolatedException.ofRule(TOO_LONG, "the topics hold " + records + " records, more than the "
                    + settings.maxRecords() + " one question about the past may replay"
                    + " (complaints.analytics.past.max-records)");
        }
    }

    /** Applies the events of one poll that happened at or before the instant, in their order. */
    private void apply(List<ConsumerRecord<String, byte[]>> polled, Instant instant, Scratch scratch) {
        List<CloudEvent<Object>> events = polled.stream()
                .flatMap(record -> RebuildReading.decode(codec, record).stream())
                .filter(event -> !event.time().isAfter(instant)).toList();
        if (!events.isEmpty()) {
            scratch.model.applyAll(events, scratch.generation);
            scratch.applied += events.size();
        }
    }

    private Consumer<String, byte[]> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return consumers.createConsumer("analytics-past-" + UUID.randomUUID(), "past", null, overrides);
    }
}
