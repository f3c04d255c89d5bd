package io.complaints.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.CloudEvent;

/**
 * The buckets end the same however the events come: in order and recomputed as they come; from
 * two topics interleaved at random, each redelivered from some point on, recomputed at random
 * moments; replayed into a new generation and computed in one pass at the end.
 */
class StatisticsDeliveryTest {

    private static final Generation LIVE = new Generation(1);
    private static final Generation OTHER = new Generation(2);

    private StatisticsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new StatisticsFixture();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theLedgerComesFirstSoThatAChangeIsNotedAfterTheRowHasIt() {
        assertThat(fixture.models()).hasSize(2);
        assertThat(fixture.models().get(0)).isInstanceOf(Ledger.class);
        assertThat(fixture.models().get(1)).isInstanceOf(StatisticsModel.class);
    }

    @Test
    void redeliveredAndInterleavedEventsGiveTheSameBuckets() {
        List<Document> inOrder = inOrder(LIVE);

        for (long seed = 1; seed <= 3; seed++) {
            Generation shuffled = new Generation(10 + (int) seed);
            deliverShuffled(new Random(seed), shuffled);
            fixture.recompute(shuffled);
            assertThat(fixture.buckets(shuffled)).as("seed %d", seed).isEqualTo(inOrder);
        }
    }

    @Test
    void everythingDeliveredAgainChangesNothing() {
        List<Document> once = inOrder(LIVE);

        fixture.deliver(allEvents(), LIVE);
        assertThat(fixture.recompute(LIVE)).as("months recomputed").isEqualTo(3);

        assertThat(fixture.buckets(LIVE)).isEqualTo(once);
        assertThat(fixture.dirtyMonths(LIVE)).isEmpty();
    }

    @Test
    void aComplaintCountsOnceItsReceiptArrivesWhateverCameBefore() {
        ComplaintHistory c7 = HandMadeComplaints.all().get(6);
        List<CloudEvent<Object>> events = c7.events();
        fixture.deliver(events.subList(1, events.size()), LIVE);

        assertThat(fixture.recompute(LIVE)).as("nothing to count without the month of receipt").isZero();
        assertThat(total("BJ")).isZero();

        fixture.deliver(events.get(0), LIVE);
        fixture.recompute(LIVE);

        Figures beijing = fixture.queries(LIVE).figures(Selection.of("BJ", "2026-11", null)).figures();
        assertThat(beijing.total()).isEqualTo(1);
        assertThat(beijing.resolution().numerator()).isEqualTo(1);
        assertThat(beijing.timeToClose().p90Hours()).isEqualTo(30L);
    }

    @Test
    void aChangeNotedWhileARecomputeRanIsRecomputedNextTime() {
        List<ComplaintHistory> complaints = HandMadeComplaints.all();
        fixture.deliver(complaints.get(0).events(), LIVE);
        DirtyMonths.Note seen = fixture.dirtyMonths(LIVE).getFirst();
        // a recompute read the note and the rows; then c2 arrived; then it cleared the note as it had seen it
        fixture.deliver(complaints.get(1).events(), LIVE);
        new DirtyMonths(fixture.mongo()).clear(LIVE, seen);

        assertThat(fixture.dirtyMonths(LIVE)).extracting(DirtyMonths.Note::month).containsExactly("2026-11");
        fixture.recompute(LIVE);
        assertThat(total("SH-PD")).isEqualTo(2);
        assertThat(fixture.dirtyMonths(LIVE)).isEmpty();
    }

    @Test
    void aMonthAnotherInstanceIsRecomputingIsLeftToItUntilItsClaimLapses() {
        fixture.deliver(HandMadeComplaints.all().get(0).events(), LIVE);
        DirtyMonths other = new DirtyMonths(fixture.mongo());
        Instant now = Instant.parse("2027-01-15T00:00:00Z"); // the fixture's clock
        assertThat(other.claim(LIVE, "2026-11", now.minus(Recompute.CLAIM_FOR).plusSeconds(1), Recompute.CLAIM_FOR))
                .as("claimed by another instance just before").isNotNull();

        assertThat(fixture.recompute(LIVE)).isZero();
        assertThat(total("SH-PD")).isZero();

        other.release(LIVE, "2026-11"); // or its claim lapses: claimed long ago
        other.claim(LIVE, "2026-11", now.minus(Recompute.CLAIM_FOR).minusSeconds(1), Recompute.CLAIM_FOR);
        assertThat(fixture.recompute(LIVE)).isEqualTo(1);
        assertThat(total("SH-PD")).isEqualTo(1);
        assertThat(fixture.dirtyMonths(LIVE)).isEmpty();
    }

    @Test
    void aBucketIsNotReplacedByOneComputedFromFewerChanges() {
        inOrder(LIVE);
        Buckets buckets = new Buckets(fixture.mongo());
        Bucket current = fixture.mongo().findById(Bucket.id("HQ", "2026-11"), Bucket.class,
                LIVE.collection(Buckets.COLLECTION));
        Bucket stale = new BucketBuilder("HQ").build("2026-11", current.basis() - 1);

        buckets.write(stale, LIVE);

        assertThat(total("HQ")).isEqualTo(8);
    }

    @Test
    void aRebuildComputesInOnePassWhatTheLiveRecomputesDid() {
        List<Document> live = inOrder(LIVE);

        fixture.deliver(allEvents(), OTHER);
        fixture.replayed(OTHER);

        assertThat(fixture.buckets(OTHER)).isEqualTo(live);
        assertThat(fixture.dirtyMonths(OTHER)).as("every month done").isEmpty();
        assertThat(fixture.recompute(OTHER)).isZero();
    }

    @Test
    void anEventArrivingAfterTheRebuildsPassIsRecomputedOnceLive() {
        List<ComplaintHistory> complaints = HandMadeComplaints.all();
        List<CloudEvent<Object>> c2 = complaints.get(1).events();
        fixture.deliver(complaints.get(0).events(), OTHER);
        fixture.deliver(c2.subList(0, c2.size() - 1), OTHER);
        fixture.replayed(OTHER);
        assertThat(fixture.queries(OTHER).figures(Selection.of("SH-PD", "2026-11", null)).figures()
                .resolution().numerator()).as("c2 not closed yet").isEqualTo(1);

        fixture.deliver(c2.getLast(), OTHER);
        fixture.recompute(OTHER);

        assertThat(fixture.queries(OTHER).figures(Selection.of("SH-PD", "2026-11", null)).figures()
                .resolution().numerator()).isEqualTo(2);
    }

    /** Delivered in order, recomputed after each complaint, as a live feed does. */
    private List<Document> inOrder(Generation generation) {
        for (ComplaintHistory complaint : HandMadeComplaints.all()) {
            fixture.deliver(complaint.events(), generation);
            fixture.recompute(generation);
        }
        List<Document> buckets = fixture.buckets(generation);
        assertThat(buckets).extracting(bucket -> bucket.getString("_id")).contains("HQ/2026-11", "SH-PD/2026-12",
                "BJ/2026-11", "SH-PD/2025-12");
        return buckets;
    }

    /**
     * Each complaint's intake events and handling events are two queues delivered in their order, but
     * the queues are picked at random; now and then a queue is delivered again from a few events back
     * (a consumer that restarts before committing), and now and then the months are recomputed.
     */
    private void deliverShuffled(Random random, Generation generation) {
        List<List<CloudEvent<Object>>> queues = new ArrayList<>();
        for (ComplaintHistory complaint : HandMadeComplaints.all()) {
            List<CloudEvent<Object>> events = complaint.events();
            queues.add(events.stream().filter(ComplaintHistory::fromIntake).toList());
            queues.add(events.stream().filter(event -> !ComplaintHistory.fromIntake(event)).toList());
        }
        int[] next = new int[queues.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            open.add(i);
        }
        while (!open.isEmpty()) {
            int queue = open.get(random.nextInt(open.size()));
            fixture.deliver(queues.get(queue).get(next[queue]++), generation);
            if (random.nextInt(10) == 0) {
                next[queue] = Math.max(0, next[queue] - 1 - random.nextInt(4));
            }
            if (random.nextInt(5) == 0) {
                fixture.recompute(generation);
            }
            if (next[queue] == queues.get(queue).size()) {
                open.remove(Integer.valueOf(queue));
            }
        }
    }

    private static List<CloudEvent<Object>> allEvents() {
        return HandMadeComplaints.all().stream().flatMap(complaint -> complaint.events().stream()).toList();
    }

    private long total(String unit) {
        return fixture.queries(LIVE).figures(Selection.of(unit, "2026-11", null)).figures().total();
    }
}
