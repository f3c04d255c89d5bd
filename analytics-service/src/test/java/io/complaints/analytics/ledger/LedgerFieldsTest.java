package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.complaints.analytics.Story;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CallbackMethod;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplainedAbout;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.EventTypes;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.InvalidityReason;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.Satisfaction;
import io.complaints.events.UnitRef;
import io.complaints.testsupport.FreshMongoDatabase;

/**
 * The ledger's words, fed with events (ledger fields of issue 13): every field of the registration form
 * (description, demand, the complained-about unit, department, person and product), the findings, the
 * remedy with its corrective and preventive actions, its result, the invalidity's reason and explanation,
 * and the callback's answers (satisfaction overall and with timeliness, the method, the comment).
 */
class LedgerFieldsTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z");
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final Generation GENERATION = new Generation(1);

    private FreshMongoDatabase database;
    private MongoTemplate mongo;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("ledger_fields_test");
        mongo = database.template();
        ledger = new Ledger(mongo, Clock.fixed(RECEIVED, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static Story opened(String id) {
        return Story.received(id, PUDONG, 3, RECEIVED)
                .then(Duration.ofSeconds(1), new CaseOpened(id, "SH-PD-" + id, PUDONG, 3, RECEIVED.plusSeconds(1)))
                .then(new CaseTriaged(id, 3, "billing", RECEIVED.plusSeconds(600)));
    }

    @Test
    void theRegistrationFormsWordsAreShownAsReceivedThenAsLastAmended() {
        opened("c-1").events().forEach(this::apply);

        LedgerView.RegistrationForm received = view("c-1").registration();
        assertThat(received.description()).isEqualTo("Billed twice");
        assertThat(received.demand()).isEqualTo("Refund the second charge");
        assertThat(received.occurredAt()).isNull();
        assertThat(received.complainedAbout()).as("none named").isNull();

        Instant occurred = Instant.parse("2026-10-20T00:00:00Z");
        apply(intake(1, new ComplaintAmended("c-1", "SH-PD-c-1", io.complaints.events.Channel.HOTLINE,
                io.complaints.events.Category.BILLING, 3, "Billed twice for October", "Refund and an apology",
                occurred, new ComplainedAbout("SH-PD", "billing", "Wang Wei", "Gas bill"), false, List.of(), 1,
                new ComplainantRef("ref-c-1", "张*", "138****5678", null, true),
                List.of("description", "demand", "occurredAt", "complainedAbout"), "the complainant called back",
                RECEIVED.plusSeconds(3600), "agent.li")));
        // a redelivered registration is older than the amendment and changes nothing
        apply(opened("c-1").events().getFirst());

        LedgerView.RegistrationForm amended = view("c-1").registration();
        assertThat(amended.description()).isEqualTo("Billed twice for October");
        assertThat(amended.demand()).isEqualTo("Refund and an apology");
        assertThat(amended.occurredAt()).isEqualTo(occurred);
        assertThat(amended.complainedAbout())
                .isEqualTo(new LedgerView.ComplainedAbout("SH-PD", "billing", "Wang Wei", "Gas bill"));
    }

    @Test
    void theFindingsTheCurrentRemedyWithItsActionsAndItsResultAreShown() {
        opened("c-2")
                .then(new FindingsRecorded("c-2", "the September reading was estimated", "METER-READING"))
                .then(new RemedyProposed("c-2", 1, "correct the bill", "handler.zhao", LocalDate.parse("2026-11-05"),
                        "re-read the meter", "train the readers", false))
                .then(new RemedyOffered("c-2", 1))
                .then(new RemedyAccepted("c-2", 1))
                .then(new RemedyExecuted("c-2", 1, "bill corrected, 35 yuan refunded"))
                .events().forEach(this::apply);

        LedgerView view = view("c-2");
        assertThat(view.findings()).isEqualTo("the September reading was estimated");
        assertThat(view.causeCode()).isEqualTo("METER-READING");
        assertThat(view.remedy()).isEqualTo(new LedgerView.Remedy(1, "correct the bill", "handler.zhao",
                LocalDate.parse("2026-11-05"), "re-read the meter", "train the readers"));
        assertThat(view.result()).isEqualTo("bill corrected, 35 yuan refunded");
        assertThat(view.invalidity()).isNull();
        assertThat(view.callback()).isNull();
    }

    @Test
    void anInvalidComplaintShowsItsReasonAndTheExplanation() {
        opened("c-3").then(new CaseMarkedInvalid("c-3", InvalidityReason.MISUNDERSTANDING,
                "the tariff changed by law on 1 July")).events().forEach(this::apply);

        assertThat(view("c-3").invalidity()).isEqualTo(new LedgerView.Invalidity("MISUNDERSTANDING",
                "the tariff changed by law on 1 July"));
        assertThat(view("c-3").remedy()).isNull();

        apply(opened("c-3").then(new CaseMarkedInvalid("c-3", InvalidityReason.MISUNDERSTANDING,
                        "the tariff changed by law on 1 July"))
                .then(new io.complaints.events.CaseRetriaged("c-3", 3, 3, "billing", "billing", true,
                        "the tariff did not apply to this contract", RECEIVED.plusSeconds(7200),
                        io.complaints.events.CaseStatus.INVESTIGATING)).events().getLast());
        assertThat(view("c-3").invalidity()).as("found valid again").isNull();
    }

    @Test
    void theCallbacksAnswersAreShownTheLastOneInTheRowEachOneCounted() {
        opened("c-4")
                .then(new CallbackInstructed("c-4", "billing"))
                .then(new CallbackCompleted("c-4", "agent.sun", "service", Satisfaction.DISSATISFIED, "still waiting",
                        Satisfaction.DISSATISFIED, CallbackMethod.PHONE))
                .then(new CallbackInstructed("c-4", "billing"))
                .then(new CallbackCompleted("c-4", "agent.sun", "service", Satisfaction.SATISFIED, "thanks",
                        Satisfaction.FAIRLY_SATISFIED, CallbackMethod.VISIT))
                .events().forEach(this::apply);

        assertThat(view("c-4").callback()).isEqualTo(new LedgerView.Callback("SATISFIED", "FAIRLY_SATISFIED", "VISIT",
                "thanks"));
        LedgerRow row = row("c-4");
        assertThat(row.callbackTimeliness()).hasSize(2).containsValues("DISSATISFIED", "FAIRLY_SATISFIED");
        assertThat(row.callbackMethods()).hasSize(2).containsValues("PHONE", "VISIT");
    }

    @Test
    void aCallbackRecordedBeforeTheFormAskedMoreShowsItsSatisfactionOnly() {
        opened("c-5").then(new CallbackCompleted("c-5", "agent.sun", "service", Satisfaction.NEUTRAL, null))
                .events().forEach(this::apply);

        assertThat(view("c-5").callback()).isEqualTo(new LedgerView.Callback("NEUTRAL", null, null, null));
        assertThat(row("c-5").callbackTimeliness()).isNull();
        assertThat(row("c-5").callbackMethods()).isNull();
    }

    private static CloudEvent<Object> intake(long sequence, Object data) {
        return CloudEvent.of(java.util.UUID.randomUUID().toString(), "/intake-service",
                EventTypes.typeOf(data.getClass()).orElseThrow(), ((ComplaintAmended) data).complaintId(),
                RECEIVED.plusSeconds(3600), "agent.li", "SH-PD", sequence, data);
    }

    private void apply(CloudEvent<Object> event) {
        ledger.apply(event, GENERATION);
    }

    private LedgerRow row(String complaintId) {
        return mongo.findById(complaintId, LedgerRow.class, GENERATION.collection(Ledger.COLLECTION));
    }

    private LedgerView view(String complaintId) {
        return LedgerView.of(row(complaintId), RECEIVED);
    }
}
