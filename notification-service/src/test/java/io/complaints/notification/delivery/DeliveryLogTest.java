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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

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
        Delivery email = pending("e-1", "person:a", Channel.EMAIL);
        Delivery webhook = pending("e-1", "person:a", Channel.WEBHOOK);
        assertThat(log.record(List.of(email))).containsExactly(email);
        assertThat(log.record(List.of(email, webhook))).as("the e-mail was recorded before").containsExactly(webhook);
        assertThat(log.record(List.of(pending("e-2", "person:a", Channel.EMAIL)))).hasSize(1);
        assertThat(log.count(DeliveryStatus.PENDING)).isEqualTo(3);
        assertThat(log.withStatus(DeliveryStatus.PENDING, 10)).hasSize(3);
    }

    @Test
    void twoSendersNeverClaimTheSameEntry() throws Exception {
        for (int i = 0; i < 60; i++) {
            log.record(List.of(pending("e-" + i, "person:a", Channel.EMAIL)));
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
                        claimed.add(next.get().delivery().id());
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
    void aClaimIsHeldForTheLeaseAndOnlyItsHolderSettlesAFailure() {
        log.record(List.of(pending("e-1", "person:a", Channel.EMAIL)));
        var first = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        assertThat(first.delivery().attempts()).isEqualTo(1);
        assertThat(first.delivery().lastAttemptAt()).isEqualTo(NOW);
        assertThat(log.claimNext(NOW.plusSeconds(59), NOW.plusSeconds(120))).as("held").isEmpty();

        var second = log.claimNext(NOW.plusSeconds(61), NOW.plusSeconds(120)).orElseThrow();
        assertThat(second.delivery().attempts()).as("the first sender died: taken again after its lease").isEqualTo(2);
        assertThat(log.markFailed(first, NOW.plusSeconds(62), "SMTP: 554")).as("the lost claim fails nothing").isFalse();
        assertThat(log.reschedule(first, NOW.plusSeconds(62), NOW.plusSeconds(70), "SMTP: 451")).isFalse();
        assertThat(log.find(first.delivery().id()).orElseThrow())
                .extracting(Delivery::status, Delivery::lastError).containsExactly(DeliveryStatus.PENDING, null);
        assertThat(log.count(DeliveryStatus.FAILED)).isZero();

        assertThat(log.markSent(second, NOW.plusSeconds(62))).isTrue();
        assertThat(log.find(first.delivery().id()).orElseThrow())
                .extracting(Delivery::status, Delivery::sentAt, Delivery::attempts, Delivery::dueAt)
                .containsExactly(DeliveryStatus.SENT, NOW.plusSeconds(62), 2, null);
        assertThat(queued()).as("what was sent leaves the queue").isZero();
        assertThat(log.claimNext(NOW.plusSeconds(500), NOW.plusSeconds(560))).isEmpty();
    }

    @Test
    void aSenderWhoseLeaseEndedStillRecordsThatTheChannelAcceptedIt() {
        log.record(List.of(pending("e-1", "person:a", Channel.EMAIL)));
        var first = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        var second = log.claimNext(NOW.plusSeconds(61), NOW.plusSeconds(120)).orElseThrow();

        assertThat(log.markSent(first, NOW.plusSeconds(62))).as("its claim was lost").isFalse();
        assertThat(log.find(first.delivery().id()).orElseThrow().status()).as("but it was sent").isEqualTo(DeliveryStatus.SENT);

        assertThat(log.markSent(second, NOW.plusSeconds(63))).isTrue();
        assertThat(queued()).isZero();
    }

    @Test
    void sentEntriesAreRecordedTogetherAndLeaveTheQueueWhoeverHoldsThemByNow() {
        log.record(List.of(pending("e-1", "person:a", Channel.EMAIL), pending("e-2", "person:a", Channel.EMAIL),
                pending("e-3", "person:a", Channel.EMAIL)));
        var one = log.claimNext(NOW, NOW.plusSeconds(600)).orElseThrow();
        var two = log.claimNext(NOW, NOW.plusSeconds(600)).orElseThrow();
        var lost = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        var taker = log.claimNext(NOW.plusSeconds(61), NOW.plusSeconds(120)).orElseThrow();
        assertThat(taker.delivery().id()).as("the third one's lease ended").isEqualTo(lost.delivery().id());

        log.markSent(List.of(new DeliveryLog.Sent(one, NOW.plusSeconds(1)), new DeliveryLog.Sent(two, NOW.plusSeconds(2)),
                new DeliveryLog.Sent(lost, NOW.plusSeconds(62))));

        assertThat(List.of(one, two, lost)).extracting(claimed -> log.find(claimed.delivery().id()).orElseThrow())
                .extracting(Delivery::status, Delivery::sentAt, Delivery::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryStatus.SENT, NOW.plusSeconds(1), 1),
                        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.SENT, NOW.plusSeconds(2), 1),
                        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.SENT, NOW.plusSeconds(62), 1));
        assertThat(queued()).as("all sent, none left to send again").isZero();
        assertThat(log.claimNext(NOW.plusSeconds(500), NOW.plusSeconds(560))).isEmpty();
        assertThat(log.markFailed(taker, NOW.plusSeconds(63), "SMTP: 554"))
                .as("the taker cannot fail what was sent").isFalse();
        assertThat(log.find(taker.delivery().id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aFailedEntryIsQueuedAgainWithAFreshBudget() {
        log.record(List.of(pending("e-1", "person:a", Channel.EMAIL)));
        var claimed = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        assertThat(log.reschedule(claimed, NOW, NOW.plusSeconds(5), "SMTP: ConnectException")).isTrue();
        assertThat(log.find(claimed.delivery().id()).orElseThrow())
                .extracting(Delivery::status, Delivery::attempts, Delivery::dueAt, Delivery::lastError)
                .containsExactly(DeliveryStatus.PENDING, 1, NOW.plusSeconds(5), "SMTP: ConnectException");
        assertThat(log.claimNext(NOW.plusSeconds(4), NOW.plusSeconds(60))).isEmpty();
        claimed = log.claimNext(NOW.plusSeconds(5), NOW.plusSeconds(60)).orElseThrow();
        assertThat(log.requeue(claimed.delivery().id(), NOW)).as("only a failed one").isEmpty();
        assertThat(log.markFailed(claimed, NOW.plusSeconds(6), "SMTP: ConnectException")).isTrue();
        assertThat(log.withStatus(DeliveryStatus.FAILED, 10)).extracting(Delivery::attempts, Delivery::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "SMTP: ConnectException"));
        assertThat(log.count(DeliveryStatus.FAILED)).isEqualTo(1);
        assertThat(log.count(DeliveryStatus.PENDING)).isZero();

        Delivery queued = log.requeue(claimed.delivery().id(), NOW.plusSeconds(100)).orElseThrow();
        assertThat(queued).extracting(Delivery::status, Delivery::attempts, Delivery::requeues, Delivery::dueAt)
                .containsExactly(DeliveryStatus.PENDING, 0, 1, NOW.plusSeconds(100));
        assertThat(log.count(DeliveryStatus.FAILED)).isZero();
        assertThat(log.requeue(claimed.delivery().id(), NOW.plusSeconds(100))).as("queued already").isEmpty();
        var again = log.claimNext(NOW.plusSeconds(100), NOW.plusSeconds(160)).orElseThrow();
        assertThat(again.delivery().attempts()).as("a fresh budget").isEqualTo(1);
    }

    @Test
    void anEntryThatNobodyCanReceiveIsCountedFailedAndCannotBeClaimed() {
        Delivery nobody = failed("e-1", "nobody:level-1-alert:leadership@SH-XH");
        assertThat(log.record(List.of(nobody))).containsExactly(nobody);
        assertThat(log.count(DeliveryStatus.FAILED)).isEqualTo(1);
        assertThat(log.withStatus(DeliveryStatus.FAILED, 10)).extracting(Delivery::id).containsExactly(nobody.id());
        assertThat(log.claimNext(NOW, NOW.plusSeconds(60))).isEmpty();
        assertThat(log.requeue(nobody.id(), NOW)).as("nobody to send it to").isEmpty();
    }

    @Test
    void anEntryLoggedButNotQueuedBeforeAStopIsQueuedWhenItsEventComesAgain() {
        Delivery logged = pending("e-1", "person:a", Channel.EMAIL);
        database.template().insert(logged);
        assertThat(log.claimNext(NOW, NOW.plusSeconds(60))).as("in the log only").isEmpty();

        assertThat(log.record(List.of(logged))).as("recorded before").isEmpty();

        assertThat(log.claimNext(NOW, NOW.plusSeconds(60))).map(claimed -> claimed.delivery().id())
                .contains(logged.id());
    }

    @Test
    void theOpenEntriesOfTheLogAreAdoptedAtStartUp() {
        Delivery waiting = pending("e-1", "person:a", Channel.EMAIL);
        Delivery nobody = failed("e-2", "nobody:level-1-alert:leadership@SH-XH");
        database.template().insert(waiting);
        database.template().insert(nobody);
        log.record(List.of(pending("e-3", "person:a", Channel.EMAIL)));

        log.adoptOpenEntries();
        log.adoptOpenEntries();

        assertThat(log.count(DeliveryStatus.PENDING)).isEqualTo(2);
        assertThat(log.count(DeliveryStatus.FAILED)).isEqualTo(1);
        assertThat(log.withStatus(DeliveryStatus.PENDING, 10)).extracting(Delivery::id)
                .containsExactlyInAnyOrder(waiting.id(), pending("e-3", "person:a", Channel.EMAIL).id());
    }

    @Test
    void aQueueEntryWhoseLogEntryWasSettledBeforeAStopIsRemovedWithoutSendingAgain() {
        log.record(List.of(pending("e-1", "person:a", Channel.EMAIL), pending("e-2", "person:a", Channel.EMAIL)));
        var first = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        var second = log.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        // the senders wrote the outcome to the log and stopped before taking it out of the queue
        database.template().updateFirst(byId(first.delivery().id()),
                new Update().set("status", DeliveryStatus.SENT), Delivery.class);
        database.template().updateFirst(byId(second.delivery().id()),
                new Update().set("status", DeliveryStatus.FAILED), Delivery.class);

        assertThat(log.claimNext(NOW.plusSeconds(61), NOW.plusSeconds(120))).as("nothing sent again").isEmpty();
        assertThat(queued()).isZero();
        assertThat(log.count(DeliveryStatus.FAILED)).as("the failed one noted as such").isEqualTo(1);
    }

    private long queued() {
        return database.template().getCollection("delivery_queue").countDocuments();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    static Delivery pending(String eventId, String recipientKey, Channel channel) {
        return new Delivery(Delivery.idOf(eventId, recipientKey, channel), eventId, "ComplaintReceived", NOW, "c-1",
                "SH-PD-202611300001", List.of("HQ", "SH", "SH-PD"), "level-1-alert", "level-1-alert", "leadership", "SH-PD", "a", null, channel,
                Language.ZH_CN, Map.of("registrationNumber", "SH-PD-202611300001"), DeliveryStatus.PENDING, 0, 0, NOW,
                NOW, null, null, null, null);
    }

    static Delivery failed(String eventId, String recipientKey) {
        return new Delivery(Delivery.idOf(eventId, recipientKey, Channel.NONE), eventId, "ComplaintReceived", NOW, "c-1",
                "SH-XH-202611300001", List.of("HQ", "SH", "SH-XH"), "level-1-alert", "level-1-alert", "leadership", "SH-XH", null, null, Channel.NONE,
                null, Map.of("registrationNumber", "SH-XH-202611300001"), DeliveryStatus.FAILED, 0, 0, NOW, null, null,
                null, "nobody in the directory holds the role leadership in SH-XH", null);
    }
}
