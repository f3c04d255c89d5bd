package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.BRANCH;
import static io.complaints.handling.cases.CaseFixture.CALLBACK_AGENT;
import static io.complaints.handling.cases.CaseFixture.COORDINATOR;
import static io.complaints.handling.cases.CaseFixture.DEPARTMENT;
import static io.complaints.handling.cases.CaseFixture.HANDLER;
import static io.complaints.handling.cases.CaseFixture.HQ;
import static io.complaints.handling.cases.CaseFixture.ID;
import static io.complaints.handling.cases.CaseFixture.RECEIVED;
import static io.complaints.handling.cases.CaseFixture.SUBSIDIARY;
import static io.complaints.handling.cases.CaseFixture.SUPERVISOR;
import static io.complaints.handling.cases.CaseFixture.due;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import io.complaints.events.CaseStatus;
import io.complaints.events.ClockPaused;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.InvalidityReason;
import io.complaints.events.OpenDeadline;
import io.complaints.events.PrioritySource;
import io.complaints.events.RemedyApproved;
import io.complaints.events.ReminderIssued;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseCommands.AssignHandler;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.InstructCallback;
import io.complaints.handling.cases.CaseCommands.MarkInvalid;
import io.complaints.handling.cases.CaseCommands.OfferRemedy;
import io.complaints.handling.cases.CaseCommands.PauseClock;
import io.complaints.handling.cases.CaseCommands.ProposeRemedy;
import io.complaints.handling.cases.CaseCommands.RecordContact;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.handling.cases.CaseCommands.RecordExecution;
import io.complaints.handling.cases.CaseCommands.RecordFindings;
import io.complaints.handling.cases.CaseCommands.ResumeClock;
import io.complaints.handling.cases.CaseCommands.TakeOverCase;
import io.complaints.handling.cases.CaseCommands.TriageCase;

/**
 * Every time limit with time elapsing (DOMAIN.md, "Deadlines"): a limit missed is recorded, reminds its
 * owner and escalates one level; an approval not given in time is deemed given; a limit met, or a
 * paused clock, fires nothing. Here each limit is a plain duration ({@link CaseFixture#LIMITS});
 * working days and calendars are the deadline policy's, tested with it.
 */
class CaseDeadlinesTest {

    private static final Instant TRIAGED = RECEIVED;

    /** A case opened at {@link CaseFixture#RECEIVED} and taken through these commands at that time. */
    private static TestExecutor<Case> after(Object... commands) {
        List<Object> all = new ArrayList<>(List.of(CaseFixture.open(3)));
        all.addAll(List.of(commands));
        return new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGivenCommands(all);
    }

    private static TestExecutor<Case> afterOpening(OpenCase opening, Object... commands) {
        List<Object> all = new ArrayList<>(List.of(opening));
        all.addAll(List.of(commands));
        return new CaseFixture().fixture.givenCurrentTime(RECEIVED).andGivenCommands(all);
    }

    private static Object[] missed(TimeLimit limit, Instant from, UnitRef holder, String handler, UnitRef to) {
        OpenDeadline deadline = due(limit, from);
        List<Object> events = new ArrayList<>(List.of(new DeadlineMissed(ID, deadline, deadline.due()),
                new ReminderIssued(ID, limit, holder, DEPARTMENT, handler)));
        if (to != null) {
            events.add(new Escalated(ID, holder, to, EscalationReason.DEADLINE_MISSED, limit.name(), deadline.due(),
                    deadline));
        }
        return events.toArray();
    }

    @Test
    void anUntriagedComplaintMissesItsTriageAndIsEscalatedOneLevel() {
        OpenDeadline triage = due(TimeLimit.TRIAGE, RECEIVED);
        after().whenTimeElapses(Duration.ofHours(9))
                .expectEvents(new DeadlineMissed(ID, triage, triage.due()),
                        new ReminderIssued(ID, TimeLimit.TRIAGE, BRANCH, null, null),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.DEADLINE_MISSED, "TRIAGE", triage.due(),
                                triage));
    }

    @Test
    void aTriagedComplaintMissesNoTriageButItsContactWhenNobodyCalls() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR),
                new AssignHandler(ID, HANDLER.id(), "Zhao Min", "metering", COORDINATOR))
                .whenTimeElapses(Duration.ofHours(25))
                .expectEvents(missed(TimeLimit.CONTACT, TRIAGED, BRANCH, HANDLER.id(), SUBSIDIARY));
    }

    @Test
    void aCaseNotSettledInThreeDaysMissesItsSettlingLimitAfterItsContactOne() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new RecordContact(ID, "called", COORDINATOR))
                .whenTimeElapses(Duration.ofDays(3).plusMinutes(1))
                .expectEvents(missed(TimeLimit.SETTLE, RECEIVED, BRANCH, null, SUBSIDIARY));
    }

    @Test
    void missedLimitsEscalateLevelByLevelUpToHqAndNoFurther() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR))
                .whenTimeElapses(Duration.ofDays(4))
                .expectEvents(concat(missed(TimeLimit.CONTACT, TRIAGED, BRANCH, null, SUBSIDIARY),
                        missed(TimeLimit.SETTLE, RECEIVED, SUBSIDIARY, null, HQ)));
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new TakeOverCase(ID, SUPERVISOR),
                new RecordContact(ID, "called", COORDINATOR))
                .whenTimeElapses(Duration.ofDays(4))
                .expectEvents(missed(TimeLimit.SETTLE, RECEIVED, HQ, null, null));
    }

    @Test
    void anInvalidComplaintNotExplainedInADayMissesThatLimitOnly() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new MarkInvalid(ID, InvalidityReason.FALSE_INFORMATION, "the invoice shown is not ours", COORDINATOR))
                .whenTimeElapses(Duration.ofDays(1).plusMinutes(1))
                .expectEvents(missed(TimeLimit.EXPLAIN_INVALID, RECEIVED, BRANCH, null, SUBSIDIARY));
    }

    @Test
    void findingsOfAComplaintFromHqAreDueInTwoDays() {
        afterOpening(CaseFixture.open(3, PrioritySource.HQ_TRANSFERRED), new TriageCase(ID, 3, DEPARTMENT, COORDINATOR),
                new RecordContact(ID, "called", COORDINATOR))
                .whenTimeElapses(Duration.ofDays(2).plusMinutes(1))
                .expectEvents(missed(TimeLimit.HQ_FINDINGS, RECEIVED, BRANCH, null, SUBSIDIARY));
    }

    @Test
    void anApprovalNotDecidedInTimeIsDeemedGivenAndIsNoMissedDeadline() {
        afterOpening(CaseFixture.open(2), new TriageCase(ID, 2, DEPARTMENT, COORDINATOR),
                new RecordContact(ID, "called", COORDINATOR),
                assigned(), new RecordFindings(ID, "meter misread", "METER-READING", HANDLER), proposal())
                .whenTimeElapses(Duration.ofDays(2).plusMinutes(1))
                .expectEvents(new RemedyApproved(ID, 1, true, null))
                .expectState(c -> org.assertj.core.api.Assertions.assertThat(c.status()).isEqualTo(CaseStatus.REMEDY_READY));
    }

    @Test
    void aCallbackNotMadeInTwoDaysIsMissed() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new RecordContact(ID, "called", COORDINATOR),
                assigned(), new RecordFindings(ID, "meter misread", "METER-READING", HANDLER), proposal(),
                new OfferRemedy(ID, HANDLER), new RecordDecision(ID, true, null, HANDLER),
                new RecordExecution(ID, "bill corrected", HANDLER), new InstructCallback(ID, COORDINATOR))
                .whenTimeElapses(Duration.ofDays(2).plusMinutes(1))
                .expectEvents(missed(TimeLimit.CALLBACK, RECEIVED, BRANCH, HANDLER.id(), SUBSIDIARY));
    }

    @Test
    void aClosedCaseMissesNothing() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new RecordContact(ID, "called", COORDINATOR),
                assigned(), new RecordFindings(ID, "meter misread", "METER-READING", HANDLER), proposal(),
                new OfferRemedy(ID, HANDLER), new RecordDecision(ID, true, null, HANDLER),
                new RecordExecution(ID, "bill corrected", HANDLER), new InstructCallback(ID, COORDINATOR),
                new CompleteCallback(ID, Satisfaction.SATISFIED, "thanks", CALLBACK_AGENT))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPausedClockMissesNothingAndResumingMovesTheDeadlinesByThePause() {
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new RecordContact(ID, "called", COORDINATOR),
                new PauseClock(ID, "waiting for the complainant's documents", HANDLER))
                .whenTimeElapses(Duration.ofDays(10))
                .expectNoEvents()
                .expectNoScheduledDeadlines();

        Instant resumed = RECEIVED.plus(Duration.ofDays(1));
        Instant settle = due(TimeLimit.SETTLE, RECEIVED).due().plus(Duration.ofDays(1));
        List<Object> pausedAtReceipt = new ArrayList<>(CaseFixture.investigating(3));
        pausedAtReceipt.add(new DeadlineMet(ID, due(TimeLimit.CONTACT, RECEIVED), RECEIVED));
        pausedAtReceipt.add(new ClockPaused(ID, "waiting for the complainant's documents", RECEIVED));
        new CaseFixture().fixture.givenCurrentTime(resumed)
                .andGiven(pausedAtReceipt)
                .andGivenCommands(new ResumeClock(ID, HANDLER))
                .whenTimeAdvancesTo(settle.plusSeconds(1))
                .expectEvents(new DeadlineMissed(ID, new OpenDeadline(TimeLimit.SETTLE, settle), settle),
                        new ReminderIssued(ID, TimeLimit.SETTLE, BRANCH, DEPARTMENT, null),
                        new Escalated(ID, BRANCH, SUBSIDIARY, EscalationReason.DEADLINE_MISSED, "SETTLE", settle,
                                new OpenDeadline(TimeLimit.SETTLE, settle)));
    }

    /**
     * Schedules are not cancelled: a limit set again (here: paused and resumed at once, so the same due time)
     * is scheduled twice, and still missed once; the earlier schedule of a limit met since fires into nothing.
     */
    @Test
    void aLimitScheduledTwiceIsMissedOnceAndAMetLimitsScheduleFiresIntoNothing() {
        OpenDeadline settle = due(TimeLimit.SETTLE, RECEIVED);
        after(new TriageCase(ID, 3, DEPARTMENT, COORDINATOR), new RecordContact(ID, "called", COORDINATOR),
                new PauseClock(ID, "waiting for the complainant's documents", HANDLER), new ResumeClock(ID, HANDLER))
                .whenTimeAdvancesTo(settle.due().plusSeconds(1))
                .expectEvents(missed(TimeLimit.SETTLE, RECEIVED, BRANCH, null, SUBSIDIARY));
    }

    private static AssignHandler assigned() {
        return new AssignHandler(ID, HANDLER.id(), "Zhao Min", HANDLER.department(), COORDINATOR);
    }

    private static ProposeRemedy proposal() {
        return new ProposeRemedy(ID, "correct the bill", "handler.zhao", LocalDate.parse("2023-10-12"), "", "", HANDLER);
    }

    private static Object[] concat(Object[] first, Object[] second) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        return all.toArray();
    }
}
