package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.complaints.events.CaseOpened;
import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;
import io.complaints.events.UnitRef;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.FreshMongoDatabase;
import io.complaints.testsupport.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The ledger projection against a real MongoDB server (the stand-in where Docker is missing). */
class LedgerProjectorTest {

    private static final Instant RECEIVED = Instant.parse("2023-10-01T02:00:00Z");
    private static final Instant OPENED = Instant.parse("2023-10-01T02:00:01Z");
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));

    private FreshMongoDatabase database;
    private MongoTemplate mongo;
    private LedgerProjector projector;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("ledger_test");
        mongo = database.template();
        projector = new LedgerProjector(mongo, new CloudEventCodec(), Clock.fixed(OPENED, ZoneOffset.UTC),
                new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aReceivedComplaintBecomesARowAndItsOpenedCaseMovesItOn() {
        projector.apply(received("c-1"));
        assertThat(row("c-1").status()).isEqualTo(LedgerStatus.RECEIVED);

        projector.apply(opened("c-1"));

        LedgerRow row = row("c-1");
        assertThat(row.status()).isEqualTo(LedgerStatus.AWAITING_TRIAGE);
        assertThat(row.registrationNumber()).isEqualTo("SH-PD-202310010001");
        assertThat(row.unitPath()).containsExactly("HQ", "SH", "SH-PD");
        assertThat(row.channel()).isEqualTo("HOTLINE");
        assertThat(row.level()).isEqualTo(1);
        assertThat(row.receivedAt()).isEqualTo(RECEIVED);
        assertThat(row.caseOpenedAt()).isEqualTo(OPENED);
    }

    @Test
    void eventsArrivingInEitherOrderEndInTheSameRow() {
        var receivedFirst = List.of(received("c-1"), opened("c-1"));
        var openedFirst = List.of(opened("c-2"), received("c-2"));

        receivedFirst.forEach(projector::apply);
        openedFirst.forEach(projector::apply);

        assertThat(withoutIdentity(row("c-2"))).isEqualTo(withoutIdentity(row("c-1")));
        assertThat(row("c-2").status()).isEqualTo(LedgerStatus.AWAITING_TRIAGE);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        var received = received("c-1");
        var opened = opened("c-1");
        projector.apply(received);
        projector.apply(opened);
        LedgerRow once = row("c-1");

        projector.apply(received);
        projector.apply(opened);
        projector.apply(received);

        assertThat(row("c-1")).isEqualTo(once);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), LedgerRow.class)).isEqualTo(1);
    }

    private LedgerRow row(String complaintId) {
        return mongo.findById(complaintId, LedgerRow.class);
    }

    /** A row with the fields that differ between two complaints blanked out. */
    private static LedgerRow withoutIdentity(LedgerRow row) {
        return new LedgerRow(null, row.registrationNumber(), row.unitCode(), row.unitPath(), row.channel(),
                row.category(), row.level(), row.statusRank(), row.receivedAt(), row.caseOpenedAt(), row.createdAt(),
                row.lastEventAt());
    }

    private static CloudEvent<Object> received(String complaintId) {
        return event(EventTypes.COMPLAINT_RECEIVED, complaintId, RECEIVED,
                SampleEvents.complaintReceived(complaintId, 1, RECEIVED));
    }

    private static CloudEvent<Object> opened(String complaintId) {
        return event(EventTypes.CASE_OPENED, complaintId, OPENED,
                new CaseOpened(complaintId, "SH-PD-202310010001", PUDONG, 1, OPENED));
    }

    private static CloudEvent<Object> event(String type, String complaintId, Instant time, Object data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/test", type, complaintId, time, "agent.li", "SH-PD", 0, data);
    }
}
