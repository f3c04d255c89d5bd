package io.complaints.analytics.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.analytics.Story;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.EventTypes;
import io.complaints.events.UnitRef;
import io.complaints.testsupport.FreshMongoDatabase;
import io.complaints.testsupport.TestHttpServer;
import io.complaints.testsupport.TestHttpServer.Answer;

/**
 * What the complainant wrote arrives sealed from intake: the ledger keeps it sealed and shows it opened by
 * intake (as this service, with a client-credentials token), null once erased, and never the ciphertext,
 * also when intake cannot be asked.
 */
class LedgerSealedTextsTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z");
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final Generation GENERATION = new Generation(1);
    private static final String DESCRIPTION = "sealed:v1:ref-c-1:" + "A".repeat(40);
    private static final String DEMAND = "sealed:v1:ref-c-1:" + "B".repeat(40);
    private static final TestHttpServer IDENTITY = new TestHttpServer();
    private static final TestHttpServer INTAKE = new TestHttpServer();

    private final String tokenPath = "/realms/" + UUID.randomUUID() + "/protocol/openid-connect/token";
    private FreshMongoDatabase database;
    private MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("ledger_sealed_texts_test");
        mongo = database.template();
        Ledger ledger = new Ledger(mongo, Clock.fixed(RECEIVED, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
        Story.received("c-1", PUDONG, 3, RECEIVED).events().forEach(event -> ledger.apply(event, GENERATION));
        ledger.apply(amendedWithSealedTexts(), GENERATION);
        IDENTITY.answerByDefault(tokenPath, new Answer(200, """
                {"access_token":"analytics-token","token_type":"Bearer","expires_in":300}"""));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void theLedgerKeepsTheTextsSealedAndShowsThemAsIntakeOpensThem() {
        INTAKE.answerByDefault("/api/personal-data/opened", new Answer(200, """
                {"texts":[{"text":"Billed twice for October","erased":false},{"text":null,"erased":true}]}"""));

        LedgerView.RegistrationForm form = view(texts(INTAKE.uri(""))).registration();

        assertThat(row().description()).isEqualTo(DESCRIPTION);
        assertThat(form.description()).isEqualTo("Billed twice for October");
        assertThat(form.demand()).isNull();
        assertThat(INTAKE.requests("/api/personal-data/opened")).last().satisfies(asked -> {
            assertThat(asked.header("Authorization")).isEqualTo("Bearer analytics-token");
            assertThat(asked.body()).contains(DESCRIPTION, DEMAND);
        });
    }

    @Test
    void whenIntakeCannotOpenThemTheTextsAreShownAsNullNeverSealed() {
        String failing = "/failing-" + UUID.randomUUID();
        INTAKE.answerByDefault(failing + "/api/personal-data/opened", new Answer(503, ""));

        LedgerView.RegistrationForm unopened = view(texts(INTAKE.uri(failing))).registration();
        LedgerView.RegistrationForm unconfigured = view(new LedgerTexts(new IntakeTextsProperties(INTAKE.uri(""),
                null, "analytics-service", null, Duration.ofSeconds(5)), new ObjectMapper())).registration();

        assertThat(unopened.description()).isNull();
        assertThat(unopened.demand()).isNull();
        assertThat(unconfigured.description()).isNull();
    }

    private LedgerTexts texts(URI intake) {
        return new LedgerTexts(new IntakeTextsProperties(intake, IDENTITY.uri(tokenPath), "analytics-service",
                "dev-only-analytics-secret", Duration.ofSeconds(5)), new ObjectMapper());
    }

    private LedgerView view(LedgerTexts texts) {
        return LedgerView.of(row(), RECEIVED, texts.of(List.of(row())));
    }

    private LedgerRow row() {
        return mongo.findById("c-1", LedgerRow.class, GENERATION.collection(Ledger.COLLECTION));
    }

    private static CloudEvent<Object> amendedWithSealedTexts() {
        var amended = new ComplaintAmended("c-1", "SH-PD-c-1", io.complaints.events.Channel.HOTLINE,
                io.complaints.events.Category.BILLING, 3, DESCRIPTION, DEMAND, null, null, false, List.of(), 1,
                new ComplainantRef("ref-c-1", "张*", "138****5678", null, true), List.of("description", "demand"),
                "the complainant called back", RECEIVED.plusSeconds(3600), "agent.li");
        return CloudEvent.of(UUID.randomUUID().toString(), "/intake-service",
                EventTypes.typeOf(ComplaintAmended.class).orElseThrow(), "c-1", RECEIVED.plusSeconds(3600), "agent.li",
                "SH-PD", 1, amended);
    }
}
