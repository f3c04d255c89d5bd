package io.complaints.handling.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseTriaged;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.InvalidityReason;
import io.complaints.events.OpenDeadline;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseOpened;
import io.complaints.events.CaseStatus;
import io.complaints.handling.cases.IntakeResolution;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.organisation.OrganisationProperties;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.testsupport.Infrastructure;

/**
 * The case board fed with a case's events, read through its queries as the work lists and the case
 * view read it: on handling's schema in real PostgreSQL.
 */
class CaseBoardProjectionTest {

    private static final UnitRef BRANCH = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final Instant RECEIVED = Instant.parse("2023-10-09T01:00:00Z");
    /** After every limit of these cases fell due: an open one would show as overdue. */
    private static final Instant NOW = RECEIVED.plusSeconds(10 * 24 * 3600);
    private static final Actor COORDINATOR = new Actor("coord.li", "SH-PD", Role.COORDINATOR, "customer-service");
    private static final Actor AGENT = new Actor("agent.sun", "SH-PD", Role.CALLBACK_AGENT, "quality");

    private static DataSource database;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final CaseBoard board = new CaseBoard(new JdbcTemplate(database), json);
    private final CaseBoardQueries queries = new CaseBoardQueries(new NamedParameterJdbcTemplate(database), json,
            Clock.fixed(NOW, ZoneOffset.UTC), new UnitDirectory(new OrganisationProperties(ZoneOffset.UTC, List.of(
            new OrganisationProperties.Unit("HQ", "HQ", null, null, null),
            new OrganisationProperties.Unit("SH", "SH", "HQ", null, null),
            new OrganisationProperties.Unit("SH-PD", "SH-PD", "SH", null, null)))));
    private final String caseId = UUID.randomUUID().toString();

    @BeforeAll
    static void schema() {
        var infrastructure = Infrastructure.shared();
        database = new DriverManagerDataSource(infrastructure.postgresJdbcUrl("handling_case_board_test"),
                infrastructure.postgresUser(), infrastructure.postgresPassword());
        Flyway.configure().dataSource(database).locations("classpath:db/axon", "classpath:db/migration").load()
                .migrate();
    }

    private void opened(IntakeResolution settled) {
        board.on(new CaseOpened(caseId, "SH-PD-" + caseId.substring(0, 8), BRANCH, 3, List.of(), "billing",
                "Wang Wei", RECEIVED, RECEIVED, Actor.system("SH-PD"), settled), RECEIVED);
    }

    private void set(TimeLimit limit, Instant due) {
        board.on(new DeadlineSet(caseId, new OpenDeadline(limit, due)), RECEIVED);
    }

    private CaseView view() {
        return queries.find(caseId, COORDINATOR).orElseThrow();
    }

    private List<String> listed(Worklist list, Actor reader) {
        return queries.list(list, reader, null, 0, 100_000).cases().stream().map(CaseView::caseId).toList();
    }

    @Test
    void anInvalidCaseOwesOnlyItsExplanationAndIsNotOverdueForTheLimitsItWasReleasedFrom() {
        opened(null);
        Instant contact = RECEIVED.plusSeconds(24 * 3600);
        Instant settle = RECEIVED.plusSeconds(3 * 24 * 3600);
        Instant explain = NOW.plusSeconds(3600);
        board.on(new CaseTriaged(caseId, 3, "billing", RECEIVED), RECEIVED);
        set(TimeLimit.CONTACT, contact);
        set(TimeLimit.SETTLE, settle);
        board.on(new DeadlineWithdrawn(caseId, new OpenDeadline(TimeLimit.CONTACT, contact), RECEIVED), RECEIVED);
        board.on(new DeadlineWithdrawn(caseId, new OpenDeadline(TimeLimit.SETTLE, settle), RECEIVED), RECEIVED);
        board.on(new CaseMarkedInvalid(caseId, InvalidityReason.MISUNDERSTANDING, "tariff changed by law"), RECEIVED);
        set(TimeLimit.EXPLAIN_INVALID, explain);

        assertThat(view().status()).isEqualTo(CaseStatus.INVALID);
        assertThat(view().deadlines()).isEqualTo(Map.of(TimeLimit.EXPLAIN_INVALID, explain));
        assertThat(view().nextDue()).isEqualTo(explain);
        assertThat(listed(Worklist.OVERDUE, COORDINATOR)).doesNotContain(caseId);
    }

    @Test
    void aWorkListShowsPriorityCasesFirstThenTheSoonestDue() {
        String ordinarySoon = UUID.randomUUID().toString();
        String ordinaryLate = UUID.randomUUID().toString();
        String prioritaryLate = UUID.randomUUID().toString();
        for (String id : List.of(ordinarySoon, ordinaryLate, prioritaryLate)) {
            board.on(new CaseOpened(id, "SH-PD-" + id.substring(0, 8), BRANCH, 3,
                    id.equals(prioritaryLate) ? List.of(io.complaints.events.PrioritySource.MEDIA) : List.of(),
                    "billing", "Wang Wei", RECEIVED, RECEIVED, Actor.system("SH-PD"), null), RECEIVED);
            Instant due = id.equals(ordinarySoon) ? RECEIVED.plusSeconds(3600) : RECEIVED.plusSeconds(7200);
            board.on(new DeadlineSet(id, new OpenDeadline(TimeLimit.TRIAGE, due)), RECEIVED);
        }

        assertThat(listed(Worklist.OVERDUE, COORDINATOR)).containsSubsequence(prioritaryLate, ordinarySoon,
                ordinaryLate);
    }

    @Test
    void theCoordinatorsListsFollowTheCaseFromTriageToCallbackInstruction() {
        opened(null);
        assertThat(listed(Worklist.TRIAGE, COORDINATOR)).contains(caseId);

        board.on(new CaseTriaged(caseId, 3, "billing", RECEIVED), RECEIVED);
        assertThat(listed(Worklist.TRIAGE, COORDINATOR)).doesNotContain(caseId);

        board.on(new io.complaints.events.RemedyProposed(caseId, 1, "correct", "h", null, null, null, false),
                RECEIVED);
        board.on(new io.complaints.events.RemedyOffered(caseId, 1), RECEIVED);
        board.on(new io.complaints.events.RemedyAccepted(caseId, 1), RECEIVED);
        board.on(new io.complaints.events.RemedyExecuted(caseId, 1, "done"), RECEIVED);
        assertThat(listed(Worklist.CALLBACKS_TO_INSTRUCT, COORDINATOR)).contains(caseId);

        board.on(new CallbackInstructed(caseId, "billing"), RECEIVED);
        assertThat(listed(Worklist.CALLBACKS_TO_INSTRUCT, COORDINATOR)).doesNotContain(caseId);
    }

    @Test
    void anInvalidComplaintIsListedForItsExplanationUntilItIsExplained() {
        opened(null);
        board.on(new CaseMarkedInvalid(caseId, InvalidityReason.FORCE_MAJEURE, "the typhoon"), RECEIVED);
        assertThat(listed(Worklist.INVALID_TO_EXPLAIN, COORDINATOR)).contains(caseId);

        board.on(new CaseClosed(caseId, CaseOutcome.INVALID, null, RECEIVED), RECEIVED);
        assertThat(listed(Worklist.INVALID_TO_EXPLAIN, COORDINATOR)).doesNotContain(caseId);
    }

    @Test
    void aSeriousComplaintClosedAsResolvedIsListedForItsEffectivenessReview() {
        opened(null);
        board.on(new CaseClosed(caseId, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, RECEIVED), RECEIVED);
        assertThat(listed(Worklist.EFFECTIVENESS_REVIEWS, COORDINATOR)).doesNotContain(caseId);

        board.on(new io.complaints.events.EffectivenessReviewDue(caseId, 2, RECEIVED), RECEIVED);
        assertThat(listed(Worklist.EFFECTIVENESS_REVIEWS, COORDINATOR)).contains(caseId);

        board.on(new io.complaints.events.EffectivenessReviewed(caseId,
                io.complaints.events.EffectivenessReviewed.ReviewOutcome.EFFECTIVE, "no repeat since",
                RECEIVED.plusSeconds(3600)), RECEIVED.plusSeconds(3600));
        assertThat(listed(Worklist.EFFECTIVENESS_REVIEWS, COORDINATOR)).as("reviewed: off the list").doesNotContain(caseId);
    }

    @Test
    void aLimitStillOpenPastItsDueShowsAsOverdue() {
        opened(null);
        set(TimeLimit.TRIAGE, RECEIVED.plusSeconds(8 * 3600));

        assertThat(listed(Worklist.OVERDUE, COORDINATOR)).contains(caseId);
    }

    @Test
    void aClosedCaseHoldsNoOpenLimits() {
        opened(null);
        Instant triage = RECEIVED.plusSeconds(8 * 3600);
        set(TimeLimit.TRIAGE, triage);
        board.on(new DeadlineWithdrawn(caseId, new OpenDeadline(TimeLimit.TRIAGE, triage), RECEIVED), RECEIVED);
        board.on(new CaseClosed(caseId, CaseOutcome.WITHDRAWN, null, RECEIVED), RECEIVED);

        assertThat(view().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view().deadlines()).isEmpty();
        assertThat(view().nextDue()).isNull();
        assertThat(view().outcome()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aMetLimitLeavesTheOpenOnes() {
        opened(null);
        Instant triage = RECEIVED.plusSeconds(8 * 3600);
        set(TimeLimit.TRIAGE, triage);
        set(TimeLimit.HQ_FINDINGS, NOW.plusSeconds(60));
        board.on(new DeadlineMet(caseId, new OpenDeadline(TimeLimit.TRIAGE, triage), RECEIVED), RECEIVED);

        assertThat(view().deadlines()).containsOnlyKeys(TimeLimit.HQ_FINDINGS);
        assertThat(view().nextDue()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aComplaintSettledAtIntakeIsClosedAndListedForItsCallbackUntilItIsMade() {
        opened(new IntakeResolution("apologised", "agent.li"));
        board.on(new CallbackInstructed(caseId, "billing"), RECEIVED);
        board.on(new CaseClosed(caseId, CaseOutcome.RESOLVED, null, RECEIVED), RECEIVED);
        set(TimeLimit.CALLBACK, NOW.plusSeconds(3600));

        assertThat(view().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(listed(Worklist.CALLBACKS, AGENT)).contains(caseId);

        board.on(new CallbackCompleted(caseId, AGENT.id(), AGENT.department(), Satisfaction.SATISFIED, null),
                RECEIVED);
        assertThat(listed(Worklist.CALLBACKS, AGENT)).doesNotContain(caseId);
    }
}
