package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.complaints.notification.directory.Language;
import io.complaints.testsupport.FreshMongoDatabase;

/** The delivery log over a real MongoDB server (the stand-in where Docker is missing). */
class DeliveryLogTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private final FreshMongoDatabase database = new FreshMongoDatabase("notification_log");
    private final DeliveryLog log = new DeliveryLog(database.template());

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void recordsEachEventRecipientAndChannelOnce() {
        assertThat(log.record(pending("e-1", "person:a", Channel.EMAIL))).isTrue();
        assertThat(log.record(pending("e-1", "person:a", Channel.EMAIL))).isFalse();
        assertThat(log.record(pending("e-1", "person:a", Channel.WEBHOOK))).isTrue();
        assertThat(log.record(pending("e-2", "person:a", Channel.EMAIL))).isTrue();
        assertThat(log.count(DeliveryStatus.PENDING)).isEqualTo(3);
    }

    @Test
    void twoSendersNeverClaimTheSameEntry() throws Exception {
        for (int i = 0; i < 60; i++) {
            log.record(pending("e-" + i, "person:a", Channel.EMAIL));
        }
        var claimed = new ConcurrentLinkedQueue<String>();
        var start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int sender = 0; sender < 4; sender++) {
                DeliveryLog instance = new DeliveryLog(database.template());
                running.add(senders.submit(() -> {
                    start.await();
                    for (var next = instance.claimNext(NOW, NOW.plusSeconds(60)); next.isPresent();
                         next = instance.claimNext(NOW, NOW.plusSeconds(60))) {
                        claimed.add(next.get().id());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> sender : running) {
                sender.get();
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(claimed).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void aClaimIsHeldForTheLeaseAndOnlyItsHolderSettlesIt() {
        log.record(pending("e-1", "person:a", Channel.EMAIL));
        Delivery first = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(log.claimNext(NOW.plusSeconds(59), NOW.plusSeconds(120))).as("held").isEmpty();

        Delivery second = log.claimNext(NOW.plusSeconds(61), NOW.plusSeconds(120)).orElseThrow();
        assertThat(second.attempts()).as("the first sender died: taken again after its lease").isEqualTo(2);
        assertThat(log.markSent(first, NOW.plusSeconds(62))).as("the lost claim settles nothing").isFalse();
        assertThat(log.markSent(second, NOW.plusSeconds(62))).isTrue();
        assertThat(log.find(first.id()).orElseThrow()).extracting(Delivery::status, Delivery::sentAt, Delivery::claim)
                .containsExactly(DeliveryStatus.SENT, NOW.plusSeconds(62), null);
    }

    @Test
    void aFailedEntryIsQueuedAgainWithAFreshBudget() {
        log.record(pending("e-1", "person:a", Channel.EMAIL));
        Delivery claimed = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        log.reschedule(claimed, NOW.plusSeconds(5), "SMTP: ConnectException");
        assertThat(log.claimNext(NOW.plusSeconds(4), NOW.plusSeconds(60))).isEmpty();
        claimed = log.claimNext(NOW.plusSeconds(5), NOW.plusSeconds(60)).orElseThrow();
        assertThat(log.requeue(claimed.id(), NOW)).as("only a failed one").isEmpty();
        log.markFailed(claimed, "SMTP: ConnectException");
        assertThat(log.withStatus(DeliveryStatus.FAILED, 10)).extracting(Delivery::attempts, Delivery::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "SMTP: ConnectException"));

        Delivery queued = log.requeue(claimed.id(), NOW.plusSeconds(100)).orElseThrow();
        assertThat(queued).extracting(Delivery::status, Delivery::attempts, Delivery::requeues, Delivery::dueAt)
                .containsExactly(DeliveryStatus.PENDING, 0, 1, NOW.plusSeconds(100));
        assertThat(log.claimNext(NOW.plusSeconds(100), NOW.plusSeconds(160))).isPresent();
    }

    static Delivery pending(String eventId, String recipientKey, Channel channel) {
        return new Delivery(Delivery.idOf(eventId, recipientKey, channel), eventId, "ComplaintReceived", NOW, "c-1",
                "SH-PD-202611300001", "level-1-alert", "level-1-alert", "leadership", "SH-PD", "a", null, channel,
                Language.ZH_CN, Map.of("registrationNumber", "SH-PD-202611300001"), DeliveryStatus.PENDING, 0, 0, NOW,
                NOW, null, null, null, null);
    }
}
