package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.complaints.analytics.Story;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineSet;
import io.complaints.events.OpenDeadline;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.testsupport.FreshMongoDatabase;

/**
 * The live feed and a rebuild's catch-up apply the same events of a complaint to the rebuilt
 * generation at the same time. The live feed reads the rows' last applied sequences before it writes;
 * here the catch-up applies later events exactly between that reading and the writing, every time,
 * so that a write deciding on what it read would take the row back in time.
 */
class LedgerRaceTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z");
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final Generation GENERATION = new Generation(1);

    private FreshMongoDatabase database;
    private BetweenReadingAndWriting mongo;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("ledger_race_test");
        mongo = new BetweenReadingAndWriting(database.template().getMongoDatabaseFactory());
        ledger = new Ledger(mongo, Clock.fixed(RECEIVED, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aDeadlineMetByTheCatchUpWhileTheLiveFeedSetsItStaysMet() {
        Instant contactDue = RECEIVED.plus(Duration.ofDays(1));
        OpenDeadline contact = new OpenDeadline(TimeLimit.CONTACT, contactDue);
        List<CloudEvent<Object>> story = Story.received("c-1", PUDONG, 3, RECEIVED)
                .then(new CaseOpened("c-1", "SH-PD-c-1", PUDONG, 3, RECEIVED))
                .then(new CaseTriaged("c-1", 3, "billing", RECEIVED))
                .then(new DeadlineSet("c-1", contact))
                .then(new DeadlineMet("c-1", contact, RECEIVED.plusSeconds(3600)))
                .events();
        ledger.applyAll(story.subList(0, 3), GENERATION);
        CloudEvent<Object> set = story.get(3);
        CloudEvent<Object> met = story.get(4);

        // the live feed has read where the row stands; the catch-up applies the deadline and its meeting
        mongo.beforeNextWrite(() -> {
            ledger.catchUp(set, GENERATION);
            ledger.catchUp(met, GENERATION);
        });
        ledger.applyAll(List.of(set), GENERATION);

        LedgerRow row = row("c-1");
        assertThat(row.deadlines()).as("open deadlines of a row whose deadline was met").isEmpty();
        assertThat(row.met()).containsOnlyKeys("CONTACT");
    }

    @Test
    void aStatusTheCatchUpMovedOnWhileTheLiveFeedWritesAnOlderOneStaysWhereItIs() {
        List<CloudEvent<Object>> story = Story.whole("c-2", PUDONG, RECEIVED).events();
        List<CloudEvent<Object>> upToTheReopening = story.subList(0, 23);
        ledger.applyAll(story.subList(0, 20), GENERATION);

        // the live feed's poll holds three events; meanwhile the catch-up applies them and the rest
        mongo.beforeNextWrite(() -> story.subList(20, story.size()).forEach(event -> ledger.catchUp(event, GENERATION)));
        ledger.applyAll(upToTheReopening.subList(20, 23), GENERATION);

        LedgerRow row = row("c-2");
        assertThat(row.status()).isEqualTo("CLOSED");
        assertThat(row.outcome()).isEqualTo("RESOLVED");
        assertThat(row.closedAt()).isNotNull();
        assertThat(row.deadlines()).isEmpty();
    }

    private LedgerRow row(String complaintId) {
        return mongo.findById(complaintId, LedgerRow.class, GENERATION.collection(Ledger.COLLECTION));
    }

    /** A store that runs a given step once, just before the next bulk of writes goes out. */
    private static final class BetweenReadingAndWriting extends MongoTemplate {

        private Runnable beforeNextWrite = () -> { };

        BetweenReadingAndWriting(MongoDatabaseFactory factory) {
            super(factory);
        }

        void beforeNextWrite(Runnable step) {
            beforeNextWrite = step;
        }

        @Override
        public BulkOperations bulkOps(BulkOperations.BulkMode mode, String collectionName) {
            BulkOperations writes = super.bulkOps(mode, collectionName);
            return (BulkOperations) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {BulkOperations.class}, (proxy, method, args) -> {
                        if (method.getName().equals("execute")) {
                            Runnable step = beforeNextWrite;
                            beforeNextWrite = () -> { };
                            step.run();
                        }
                        try {
                            Object result = method.invoke(writes, args);
                            return result == writes ? proxy : result;
                        } catch (InvocationTargetException failure) {
                            throw failure.getCause();
                        }
                    });
        }
    }
}
