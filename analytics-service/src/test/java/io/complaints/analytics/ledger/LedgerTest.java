package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.complaints.analytics.Story;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.testsupport.FreshMongoDatabase;

/** The ledger against a real MongoDB server (the stand-in where Docker is missing). */
class LedgerTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z"); // 1 November in Shanghai
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef SHANGHAI = new UnitRef("SH", List.of("HQ", "SH"));
    private static final Generation GENERATION = new Generation(1);

    private FreshMongoDatabase database;
    private MongoTemplate mongo;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("ledger_test");
        mongo = database.template();
        ledger = new Ledger(mongo, Clock.fixed(RECEIVED, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    static Story wholeStory(String id) {
        return Story.whole(id, PUDONG, RECEIVED);
    }

    @Test
    void aWholeStoryEndsInOneRowWithEveryFactMilestoneAndFlag() {
        wholeStory("c-1").events().forEach(this::apply);

        LedgerRow row = row("c-1");
        assertThat(row.registrationNumber()).isEqualTo("SH-PD-c-1");
        assertThat(row.month()).isEqualTo("2026-11");
        assertThat(row.level()).as("the level triage confirmed").isEqualTo(1);
        assertThat(row.status()).isEqualTo("CLOSED");
        assertThat(row.outcome()).isEqualTo("RESOLVED");
        assertThat(row.satisfaction()).isEqualTo("SATISFIED");
        assertThat(row.callbacks()).hasSize(2).containsValues("DISSATISFIED", "SATISFIED");
        assertThat(row.responsibleDepartment()).isEqualTo("billing");
        assertThat(row.handlerId()).isEqualTo("handler.zhao");
        assertThat(row.causeCode()).isEqualTo("METER-READING");
        assertThat(row.holderUnit()).isEqualTo("SH");
        assertThat(row.escalationLevel()).isEqualTo(2);
        assertThat(row.escalationsOpen()).isFalse();
        assertThat(LedgerRow.count(row.escalations())).isEqualTo(1);
        assertThat(LedgerRow.count(row.reopenings())).isEqualTo(1);
        assertThat(LedgerRow.count(row.declines())).isEqualTo(1);
        assertThat(LedgerRow.count(row.deemedApprovals())).isEqualTo(1);
        assertThat(row.met()).containsOnlyKeys("SETTLE");
        assertThat(row.missed()).containsOnlyKeys("CALLBACK");
        assertThat(row.deadlines()).isEmpty();
        assertThat(row.closedAt()).isEqualTo(RECEIVED.plus(Duration.ofDays(4)));
        assertThat(row.triagedAt()).isEqualTo(RECEIVED.plusSeconds(600));
        assertThat(row.remedyAcceptedAt()).isNotNull().isBefore(row.closedAt());
    }

    @Test
    void aRepublishedHistoryAfterTheLiveOneChangesNothing() {
        List<CloudEvent<Object>> story = wholeStory("c-1").events();
        story.forEach(this::apply);
        LedgerRow live = row("c-1");

        // a republish of the event stores appends every event again, from the first, after the live ones
        story.forEach(this::apply);

        assertThat(row("c-1")).isEqualTo(live);
    }

    @Test
    void theEventsOfTwoTopicsInAnyOrderAndRedeliveredEndInTheSameRow() {
        List<CloudEvent<Object>> story = wholeStory("c-1").events();
        story.forEach(this::apply);
        LedgerRow inOrder = row("c-1");

        // another ledger gets intake's event last, and each topic's events redelivered from some point on
        FreshMongoDatabase other = new FreshMongoDatabase("ledger_test_other");
        try {
            Ledger shuffled = new Ledger(other.template(), Clock.fixed(RECEIVED, ZoneOffset.UTC),
                    ZoneId.of("Asia/Shanghai"));
            List<CloudEvent<Object>> handling = story.subList(1, story.size());
            List<CloudEvent<Object>> delivered = new ArrayList<>(handling.subList(0, 12));
            delivered.addAll(handling.subList(5, handling.size()));
            delivered.add(story.get(0));
            delivered.addAll(handling.subList(20, handling.size()));
            delivered.add(story.get(0));
            delivered.forEach(event -> shuffled.apply(event, GENERATION));

            assertThat(other.template().findById("c-1", LedgerRow.class, GENERATION.collection(Ledger.COLLECTION)))
                    .isEqualTo(inOrder);
        } finally {
            other.close();
        }
    }

    @Test
    void eventsAppliedInBatchesEndInTheSameRowAsOneByOne() {
        List<CloudEvent<Object>> story = wholeStory("c-1").events();
        story.forEach(this::apply);
        LedgerRow oneByOne = row("c-1");

        // redelivered, both topics interleaved, in polls of different sizes, and all in one poll
        List<CloudEvent<Object>> handling = story.subList(1, story.size());
        List<CloudEvent<Object>> delivered = new ArrayList<>(handling.subList(0, 9));
        delivered.add(story.get(0));
        delivered.addAll(handling.subList(3, handling.size()));
        delivered.addAll(handling.subList(15, handling.size()));
        for (int pollSize : List.of(1, 4, 7, delivered.size())) {
            FreshMongoDatabase other = new FreshMongoDatabase("ledger_test_batches");
            try {
                Ledger batched = new Ledger(other.template(), Clock.fixed(RECEIVED, ZoneOffset.UTC),
                        ZoneId.of("Asia/Shanghai"));
                for (int from = 0; from < delivered.size(); from += pollSize) {
                    batched.applyAll(delivered.subList(from, Math.min(delivered.size(), from + pollSize)), GENERATION);
                }

                assertThat(other.template().findById("c-1", LedgerRow.class, GENERATION.collection(Ledger.COLLECTION)))
                        .as("polls of %d", pollSize).isEqualTo(oneByOne);
            } finally {
                other.close();
            }
        }
    }

    @Test
    void anOlderEventRedeliveredAloneDoesNotTakeTheRowBackInTime() {
        List<CloudEvent<Object>> story = wholeStory("c-1").events();
        story.forEach(this::apply);
        LedgerRow closed = row("c-1");

        Random random = new Random(7);
        List<CloudEvent<Object>> older = new ArrayList<>(story);
        Collections.shuffle(older, random);
        older.subList(0, 10).forEach(this::apply);

        assertThat(row("c-1")).isEqualTo(closed);
        assertThat(mongo.count(new Query(), GENERATION.collection(Ledger.COLLECTION))).isEqualTo(1);
    }

    @Test
    void aRebuildsCatchUpNeverTakesTheRowBackAgainstLaterEventsAppliedMeanwhile() {
        List<CloudEvent<Object>> story = wholeStory("c-1").events();
        story.forEach(this::apply);
        LedgerRow closed = row("c-1");

        story.subList(0, 20).forEach(event -> ledger.catchUp(event, GENERATION));

        assertThat(row("c-1")).isEqualTo(closed);
    }

    @Test
    void aReceivedComplaintIsARowBeforeItsCaseOpens() {
        apply(Story.received("c-2", PUDONG, 3, RECEIVED).events().get(0));

        LedgerRow row = row("c-2");
        assertThat(row.status()).isEqualTo("RECEIVED");
        assertThat(row.level()).isEqualTo(3);
        assertThat(row.channel()).isEqualTo("HOTLINE");
        assertThat(row.unitPath()).containsExactly("HQ", "SH", "SH-PD");
        assertThat(row.visibleAt()).isEqualTo(RECEIVED);
    }

    @Test
    void aWithdrawnTimeLimitLeavesTheOpenOnes() {
        Instant contactDue = RECEIVED.plus(java.time.Duration.ofDays(1));
        Instant explainDue = RECEIVED.plus(java.time.Duration.ofDays(2));
        Story.received("c-3", PUDONG, 3, RECEIVED)
                .then(new CaseOpened("c-3", "SH-PD-c-3", PUDONG, 3, RECEIVED))
                .then(new CaseTriaged("c-3", 3, "billing", RECEIVED))
                .then(new DeadlineSet("c-3", new io.complaints.events.OpenDeadline(TimeLimit.CONTACT, contactDue)))
                .then(new io.complaints.events.DeadlineWithdrawn("c-3",
                        new io.complaints.events.OpenDeadline(TimeLimit.CONTACT, contactDue), RECEIVED))
                .then(new io.complaints.events.CaseMarkedInvalid("c-3",
                        io.complaints.events.InvalidityReason.MISUNDERSTANDING, "tariff changed by law"))
                .then(new DeadlineSet("c-3", new io.complaints.events.OpenDeadline(TimeLimit.EXPLAIN_INVALID,
                        explainDue)))
                .events().forEach(this::apply);

        assertThat(row("c-3").deadlines()).containsOnlyKeys("EXPLAIN_INVALID");
    }

    private void apply(CloudEvent<Object> event) {
        ledger.apply(event, GENERATION);
    }

    private LedgerRow row(String complaintId) {
        return mongo.findById(complaintId, LedgerRow.class, GENERATION.collection(Ledger.COLLECTION));
    }
}
