package io.complaints.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.complaints.platform.audit.AuditFinding.Problem;

/**
 * The audit trail over a real PostgreSQL: three streams of five events written through Axon's JDBC
 * engine, then one change made directly in the database, and the verifier must name that one change,
 * at its position, and nothing else.
 */
class AuditTrailOverRealPostgresTest {

    private static AuditedStore store;

    private String first;
    private String tampered;
    private String third;

    @BeforeAll
    static void database() {
        store = new AuditedStore("platform_audit_test");
    }

    @BeforeEach
    void threeStreams() {
        store.reset();
        first = store.stream(store.chained, 5);
        tampered = store.stream(store.chained, 5);
        third = store.stream(store.chained, 5);
    }

    @Test
    void anUntouchedStoreVerifiesClean() {
        AuditReport report = store.verifier().verify();

        assertThat(report.findings()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.events()).isEqualTo(15);
        assertThat(report.chainedEvents()).isEqualTo(15);
        assertThat(report.streams()).isEqualTo(3);
        assertThat(report.unchained()).isZero();
    }

    @Test
    void oneAlteredPayloadByteIsReportedWhereItHappened() {
        long at = store.globalIndexOf(tampered, 2);
        store.sql.update("UPDATE domainevententry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1)"
                + " WHERE globalindex = ?", at);

        assertThat(store.verifier().verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(Problem.ALTERED);
            assertThat(finding.at()).isEqualTo(new AuditPosition(tampered, 2, at));
        });
    }

    @Test
    void aChangedActorInTheMetadataIsReportedWhereItHappened() {
        long at = store.globalIndexOf(tampered, 4);
        int changed = store.sql.update("UPDATE domainevententry SET metadata = convert_to(replace("
                + "convert_from(metadata, 'UTF8'), 'shpd.agent', 'bjcy.agent'), 'UTF8') WHERE globalindex = ?", at);
        assertThat(changed).isOne();

        AuditReport report = store.verifier().verify();

        assertThat(report.clean()).isFalse();
        assertThat(report.findings()).singleElement()
                .isEqualTo(new AuditFinding(Problem.ALTERED, new AuditPosition(tampered, 4, at), null,
                        "the stored event no longer matches its hash"));
    }

    @Test
    void oneDeletedEventIsReportedWhereItWas() {
        long at = store.globalIndexOf(tampered, 3);
        store.sql.update("DELETE FROM domainevententry WHERE globalindex = ?", at);

        assertThat(store.verifier().verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(Problem.REMOVED);
            assertThat(finding.at()).isEqualTo(new AuditPosition(tampered, 3, at));
        });
    }

    @Test
    void anEventDeletedWithItsChainEntryIsReportedAtItsSequenceNumber() {
        long at = store.globalIndexOf(tampered, 1);
        store.sql.update("DELETE FROM domainevententry WHERE globalindex = ?", at);
        store.sql.update("DELETE FROM audit_chain WHERE globalindex = ?", at);

        assertThat(store.verifier().verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(Problem.REMOVED);
            assertThat(finding.at()).isEqualTo(new AuditPosition(tampered, 1, null));
        });
    }

    @Test
    void twoSwappedEventsAreReportedAtTheFirstOfThem() {
        long one = store.globalIndexOf(tampered, 1);
        long two = store.globalIndexOf(tampered, 2);
        store.sql.update("UPDATE domainevententry SET sequencenumber = -1 WHERE globalindex = ?", one);
        store.sql.update("UPDATE domainevententry SET sequencenumber = 1 WHERE globalindex = ?", two);
        store.sql.update("UPDATE domainevententry SET sequencenumber = 2 WHERE globalindex = ?", one);

        assertThat(store.verifier().verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(Problem.REORDERED);
            assertThat(finding.at()).isEqualTo(new AuditPosition(tampered, 1, one));
            assertThat(finding.foundAt()).isEqualTo(new AuditPosition(tampered, 2, one));
        });
    }

    @Test
    void anEventWrittenPastTheServiceIsReportedAsInserted() {
        store.sql.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                + " metadata, payload, payloadtype, timestamp) SELECT aggregateidentifier, 5, type, 'forged-event',"
                + " metadata, payload, payloadtype, timestamp FROM domainevententry WHERE globalindex = ?",
                store.globalIndexOf(tampered, 4));
        long at = store.globalIndexOf(tampered, 5);

        assertThat(store.verifier().verify().findings()).singleElement()
                .extracting(AuditFinding::problem, AuditFinding::at)
                .containsExactly(Problem.INSERTED, new AuditPosition(tampered, 5, at));
    }

    @Test
    void aWholeStreamRewrittenWithItsChainIsCaughtByAnExportedCheckpoint() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        String exported = json.writeValueAsString(store.checkpoints().take().orElseThrow());
        store.sql.update("UPDATE domainevententry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1)"
                + " WHERE globalindex = ?", store.globalIndexOf(tampered, 2));
        store.rechain(tampered);

        AuditReport withRecordedCheckpoint = store.verifier().verify();
        assertThat(withRecordedCheckpoint.findings()).as("the chain alone was made consistent again").isEmpty();
        assertThat(withRecordedCheckpoint.checkpoints()).singleElement()
                .extracting(CheckpointCheck::matches).isEqualTo(false);
        assertThat(withRecordedCheckpoint.clean()).isFalse();

        store.sql.update("DELETE FROM audit_checkpoint");
        assertThat(store.verifier().verify().clean()).as("with the recorded checkpoints gone too").isTrue();
        CheckpointCheck comparison = store.checkpoints().compare(json.readValue(exported, AuditCheckpoint.class));
        assertThat(comparison.matches()).isFalse();
        assertThat(comparison.eventsNow()).isEqualTo(15);
        assertThat(comparison.runningHashNow()).isNotEqualTo(comparison.checkpoint().runningHash());
    }

    @Test
    void anExportedCheckpointOfAnUntouchedStoreStillMatchesAfterMoreEvents() throws Exception {
        AuditCheckpoint taken = store.checkpoints().take().orElseThrow();
        store.append(store.chained, first, 5, 3);
        AuditCheckpoint next = store.checkpoints().take().orElseThrow();

        assertThat(taken.events()).isEqualTo(15);
        assertThat(next.events()).isEqualTo(18);
        assertThat(store.checkpoints().compare(taken).matches()).isTrue();
        assertThat(store.checkpoints().compare(next).matches()).isTrue();
        AuditReport report = store.verifier().verify();
        assertThat(report.checkpoints()).hasSize(2).allMatch(CheckpointCheck::matches);
        assertThat(report.clean()).isTrue();
    }

    @Test
    void aPeriodicCheckpointWaitsForEnoughNewEvents() {
        assertThat(store.checkpoints().take(16)).as("15 chained, 16 wanted").isEmpty();
        AuditCheckpoint taken = store.checkpoints().take(15).orElseThrow();
        store.append(store.chained, first, 5, 2);

        assertThat(store.checkpoints().take(3)).as("2 new, 3 wanted: the last one").contains(taken);
        assertThat(store.checkpoints().take(2).orElseThrow().events()).isEqualTo(17);
        assertThat(store.checkpoints().recorded()).hasSize(2);
    }

    @Test
    void removingTheLastEventOfAStreamWithItsEntryIsCaughtByTheCheckpoint() {
        store.checkpoints().take().orElseThrow();
        long last = store.globalIndexOf(third, 4);
        store.sql.update("DELETE FROM domainevententry WHERE globalindex = ?", last);
        store.sql.update("DELETE FROM audit_chain WHERE globalindex = ?", last);

        AuditReport report = store.verifier().verify();

        assertThat(report.findings()).isEmpty();
        assertThat(report.checkpoints()).singleElement().satisfies(check -> {
            assertThat(check.matches()).isFalse();
            assertThat(check.eventsNow()).isEqualTo(14);
        });
        assertThat(report.clean()).isFalse();
    }

    @Test
    void eventsStoredBeforeTheChainAreCountedAsUnchainedAndTheirStreamsChainOnFromThere() {
        store.reset();
        String old = store.stream(store.plain, 3);
        String alsoOld = store.stream(store.plain, 2);
        store.append(store.chained, old, 3, 2);
        String fresh = store.stream(store.chained, 2);

        AuditReport report = store.verifier().verify();

        assertThat(report.findings()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.unchained()).isEqualTo(5);
        assertThat(report.chainedEvents()).isEqualTo(4);
        assertThat(report.chainStartsAt()).isEqualTo(store.globalIndexOf(old, 3));
        assertThat(List.of(alsoOld, fresh)).doesNotContainNull();
    }

    @Test
    void aConflictingAppendLeavesNeitherEventNorChainEntry() {
        assertThatThrownBy(() -> store.append(store.chained, first, 4, 1)).isInstanceOf(RuntimeException.class);

        assertThat(store.sql.queryForObject("SELECT COUNT(*) FROM audit_chain", Long.class)).isEqualTo(15);
        assertThat(store.verifier().verify().clean()).isTrue();
    }
}
