package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.complaints.platform.tracing.EventTracing;
import io.complaints.testsupport.FreshMongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Two instances working off one delivery log: every notification sent exactly once; failures retried, then FAILED. */
class DispatcherTest {

    private final FreshMongoDatabase database = new FreshMongoDatabase("notification_dispatch");
    private final DeliveryLog log = new DeliveryLog(database.template());
    private final DeliveryProperties properties = new DeliveryProperties(Duration.ofMillis(50), 3, Duration.ofMinutes(1),
            new DeliveryProperties.Retry(4, Duration.ofMillis(50), 2.0, Duration.ofMillis(200)));
    private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
    private Dispatcher first;
    private Dispatcher second;

    @AfterEach
    void tearDown() {
        for (Dispatcher dispatcher : new Dispatcher[] {first, second}) {
            if (dispatcher != null) {
                dispatcher.stop();
            }
        }
        database.close();
    }

    @Test
    void twoInstancesSendEveryNotificationExactlyOnce() {
        for (int i = 0; i < 100; i++) {
            log.record(List.of(DeliveryLogTest.pending("e-" + i, "person:a", Channel.EMAIL)));
        }
        start(delivery -> sent.computeIfAbsent(delivery.id(), id -> new AtomicInteger()).incrementAndGet());

        await().atMost(Duration.ofSeconds(60)).until(() -> log.count(DeliveryStatus.SENT) == 100);
        assertThat(sent).hasSize(100);
        assertThat(sent.values()).extracting(AtomicInteger::get).containsOnly(1);
    }

    @Test
    void aFailingChannelIsRetriedWithBackoffThenFailed() {
        log.record(List.of(DeliveryLogTest.pending("e-1", "person:a", Channel.EMAIL)));
        start(delivery -> {
            sent.computeIfAbsent(delivery.id(), id -> new AtomicInteger()).incrementAndGet();
            throw SendFailure.retryable("SMTP: ConnectException: Connection refused");
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> log.count(DeliveryStatus.FAILED) == 1);
        Delivery failed = log.withStatus(DeliveryStatus.FAILED, 1).getFirst();
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("SMTP: ConnectException: Connection refused");
        assertThat(sent.get(failed.id())).hasValue(4);
    }

    @Test
    void aNotificationLoggedBetweenPollsIsSentWhenTheDispatcherIsWokenNotAtTheNextPoll() {
        var rarely = new DeliveryProperties(Duration.ofHours(1), 2, Duration.ofMinutes(1), properties.retry());
        first = new Dispatcher(log, List.of(sender(delivery -> sent.computeIfAbsent(delivery.id(),
                id -> new AtomicInteger()).incrementAndGet())), rarely, metrics(), Clock.systemUTC(), EventTracing.off());
        log.record(List.of(DeliveryLogTest.pending("e-before", "person:a", Channel.EMAIL)));
        first.start();
        await("sent by the poll at start-up, and the senders idle again").atMost(Duration.ofSeconds(30))
                .until(() -> log.count(DeliveryStatus.SENT) == 1 && first.inHand() == 0);

        var logged = DeliveryLogTest.pending("e-after", "person:a", Channel.EMAIL);
        log.record(List.of(logged));
        first.wake();

        await("sent at once, the next poll being an hour away").atMost(Duration.ofSeconds(10))
                .until(() -> log.find(logged.id()).orElseThrow().status() == DeliveryStatus.SENT);
        assertThat(sent).containsOnlyKeys(DeliveryLogTest.pending("e-before", "person:a", Channel.EMAIL).id(), logged.id());
    }

    @Test
    void aNotificationLoggedWhileTheSendersHaveAllTheyCanHoldIsTakenAsSoonAsOneIsDoneNotAtTheNextPoll()
            throws Exception {
        var oneSender = new DeliveryProperties(Duration.ofHours(1), 1, Duration.ofMinutes(1), properties.retry());
        var sending = new java.util.concurrent.CountDownLatch(1);
        var goOn = new java.util.concurrent.CountDownLatch(1);
        var first = DeliveryLogTest.pending("e-first", "person:a", Channel.EMAIL);
        this.first = new Dispatcher(log, List.of(sender(delivery -> {
            sent.computeIfAbsent(delivery.id(), id -> new AtomicInteger()).incrementAndGet();
            if (delivery.id().equals(first.id())) {
                sending.countDown();
                goOn.await();
            }
        })), oneSender, metrics(), Clock.systemUTC(), EventTracing.off());
        var before = DeliveryLogTest.pending("e-before", "person:a", Channel.EMAIL);
        log.record(List.of(before));
        this.first.start();
        await("sent by the poll at start-up, and the sender idle again").atMost(Duration.ofSeconds(30))
                .until(() -> log.find(before.id()).orElseThrow().status() == DeliveryStatus.SENT
                        && this.first.inHand() == 0);
        var waitingForIt = DeliveryLogTest.pending("e-waiting", "person:a", Channel.EMAIL);
        log.record(List.of(first, waitingForIt));
        this.first.wake();
        assertThat(sending.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the only sender busy").isTrue();
        await("one sending, one claimed waiting for it: all it holds").atMost(Duration.ofSeconds(10))
                .until(() -> this.first.inHand() == 2);

        var logged = DeliveryLogTest.pending("e-meanwhile", "person:a", Channel.EMAIL);
        log.record(List.of(logged));
        this.first.wake();
        goOn.countDown();

        await("taken and sent once the sender is done with the first, the next poll being an hour away")
                .atMost(Duration.ofSeconds(10))
                .until(() -> log.find(logged.id()).orElseThrow().status() == DeliveryStatus.SENT);
        assertThat(log.find(waitingForIt.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void whatTheChannelAcceptedIsRecordedAsSentBeforeTheDispatcherStops() {
        for (int i = 0; i < 40; i++) {
            log.record(List.of(DeliveryLogTest.pending("e-" + i, "person:a", Channel.EMAIL)));
        }
        first = new Dispatcher(log, List.of(sender(delivery -> sent.computeIfAbsent(delivery.id(),
                id -> new AtomicInteger()).incrementAndGet())), properties, metrics(), Clock.systemUTC(), EventTracing.off());
        first.start();
        await("all accepted by the channel").atMost(Duration.ofSeconds(60)).until(() -> sent.size() == 40);

        first.stop();

        assertThat(log.count(DeliveryStatus.SENT)).isEqualTo(40);
        assertThat(log.count(DeliveryStatus.PENDING)).isZero();
    }

    private interface Sending {
        void send(Delivery delivery) throws SendFailure, InterruptedException;
    }

    private void start(Sending sending) {
        ChannelSender sender = sender(sending);
        first = new Dispatcher(new DeliveryLog(database.template()), List.of(sender), properties, metrics(), Clock.systemUTC(), EventTracing.off());
        second = new Dispatcher(new DeliveryLog(database.template()), List.of(sender), properties, metrics(), Clock.systemUTC(), EventTracing.off());
        first.start();
        second.start();
    }

    private DeliveryMetrics metrics() {
        return new DeliveryMetrics(new SimpleMeterRegistry(), log);
    }

    private static ChannelSender sender(Sending sending) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(Delivery delivery) throws SendFailure {
                try {
                    sending.send(delivery);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw SendFailure.retryable("interrupted");
                }
            }
        };
    }
}
