package io.complaints.handling.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.ReminderIssued;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.cases.CaseOpened;
import io.complaints.handling.cases.CaseReplay;
import io.complaints.handling.deadline.Allowance;
import io.complaints.handling.deadline.ConfiguredDeadlinePolicy;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.handling.deadline.DeadlineProperties;
import io.complaints.handling.deadline.WorkingCalendar;
import io.complaints.handling.deadline.WorkingHours;
import io.complaints.platform.Actor;

/**
 * A small recorded history, replayed under the live configuration (the standard limits, Monday to Friday
 * 09:00-18:00 in Shanghai) and under a candidate that settles in 2 calendar days instead of 3 and makes
 * Friday 2026-11-06 a holiday. Each case is written as the case records it, its due times worked out by
 * hand (local Shanghai times):
 * <ul>
 * <li>A, SH-PD, November: settled on the 2nd day after receipt, 6 h past 2 days: on time live, late under
 * the candidate (a reminder, escalated to SH).</li>
 * <li>D, SH-PD, November: its clock paused for 48 h; settled 30 min past 2 days plus the pause: late under
 * the candidate only because the pause moves the limit too.</li>
 * <li>B, SH-PD, December, level 2 (escalated to SH at triage): settled 2 h past 2 days: on time live, late
 * under the candidate, which escalates it on to HQ.</li>
 * <li>C, SH-XH, November: contacted on Friday the 6th, 4.5 h past its 1 working day: late live (a reminder
 * and an escalation are in its record); with the 6th a holiday the day is due on Monday, and it is on time.</li>
 * </ul>
 */
class WhatIfReplayTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final UnitRef SH_PD = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    static final UnitRef SH_XH = new UnitRef("SH-XH", List.of("HQ", "SH", "SH-XH"));
    static final UnitRef SH = new UnitRef("SH", List.of("HQ", "SH"));
    static final UnitRef HQ = new UnitRef("HQ", List.of("HQ"));

    static final DeadlineProperties LIVE = properties(Set.of(), Map.of());
    static final DeadlineProperties CANDIDATE = properties(Set.of(LocalDate.parse("2026-11-06")),
            Map.of(TimeLimit.SETTLE, new Allowance.CalendarDays(2)));
    static final Instant AS_OF = local("2027-01-10 09:00");

    @Test
    void aShorterLimitTurnsOnTimeCasesLateAndAHolidayTurnsALateOneOnTimePerUnitAndMonth() {
        WhatIfReport report = replay(CANDIDATE, caseA(), caseB(), caseC(), caseD());

        assertThat(report.rows()).extracting(WhatIfReport.Row::unit, WhatIfReport.Row::month, WhatIfReport.Row::cases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SH-PD", "2026-11", 2),
                        org.assertj.core.groups.Tuple.tuple("SH-PD", "2026-12", 1),
                        org.assertj.core.groups.Tuple.tuple("SH-XH", "2026-11", 1));
        // SH-PD, November (A and D): both on time live; both late under the candidate
        WhatIfReport.Row pudongNovember = report.rows().get(0);
        assertThat(pudongNovember.actual()).isEqualTo(figures(2, 2, "1.0000", 0, 0));
        assertThat(pudongNovember.candidate()).isEqualTo(figures(0, 2, "0.0000", 2, 2));
        assertThat(pudongNovember.difference()).isEqualTo(figures(-2, 0, "-1.0000", 2, 2));
        // SH-PD, December (B): escalated at triage either way; the missed limit takes it on to HQ
        WhatIfReport.Row pudongDecember = report.rows().get(1);
        assertThat(pudongDecember.actual()).isEqualTo(figures(1, 1, "1.0000", 0, 1));
        assertThat(pudongDecember.candidate()).isEqualTo(figures(0, 1, "0.0000", 1, 2));
        assertThat(pudongDecember.difference()).isEqualTo(figures(-1, 0, "-1.0000", 1, 1));
        // SH-XH, November (C): late as recorded; on time with the holiday
        WhatIfReport.Row xuhuiNovember = report.rows().get(2);
        assertThat(xuhuiNovember.actual()).isEqualTo(figures(0, 1, "0.0000", 1, 1));
        assertThat(xuhuiNovember.candidate()).isEqualTo(figures(1, 1, "1.0000", 0, 0));
        assertThat(xuhuiNovember.difference()).isEqualTo(figures(1, 0, "1.0000", -1, -1));

        assertThat(report.cases()).isEqualTo(4);
        assertThat(report.total().actual()).isEqualTo(figures(3, 4, "0.7500", 1, 2));
        assertThat(report.total().candidate()).isEqualTo(figures(1, 4, "0.2500", 3, 4));
    }

    @Test
    void replayedUnderTheLiveConfigurationEachCaseComesToWhatItsRecordSays() {
        for (List<CaseReplay.Recorded> history : List.of(caseA(), caseB(), caseC(), caseD())) {
            CaseReplay.Outcome live = CaseReplay.replay(history, policy(LIVE), policy(LIVE), AS_OF);

            assertThat(live.missed()).isEqualTo(count(history, DeadlineMissed.class));
            assertThat(live.reminders()).isEqualTo(count(history, ReminderIssued.class));
            assertThat(live.escalations()).isEqualTo(count(history, Escalated.class));
            assertThat(live.closed()).isTrue();
        }
    }

    @Test
    void aLimitStillOpenFallsDueOnlyOnceItsTimeHasCome() {
        List<CaseReplay.Recorded> opened = caseA().subList(0, 2); // received 10:00, TRIAGE due 18:00

        assertThat(CaseReplay.replay(opened, policy(LIVE), policy(LIVE), local("2026-11-02 17:59")).missed())
                .isZero();
        assertThat(CaseReplay.replay(opened, policy(LIVE), policy(LIVE), local("2026-11-02 18:01")).missed())
                .isEqualTo(1);
    }

    @Test
    void theMostCasesOneReplayTakesOnAddUpAsOneDoes() {
        List<List<CaseReplay.Recorded>> histories = new ArrayList<>();
        for (int i = 0; i < 1250; i++) {
            histories.addAll(List.of(caseA(), caseB(), caseC(), caseD()));
        }
        long started = System.nanoTime();
        WhatIfReport report = replay(CANDIDATE, histories.toArray(List<?>[]::new));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("what-if: " + report.cases() + " cases replayed twice in " + millis + " ms");

        assertThat(report.cases()).isEqualTo(5000);
        assertThat(report.total().actual()).isEqualTo(figures(3750, 5000, "0.7500", 1250, 2500));
        assertThat(report.total().candidate()).isEqualTo(figures(1250, 5000, "0.2500", 3750, 5000));
    }

    static WhatIfReport replay(DeadlineProperties candidate, List<?>... histories) {
        WhatIfTally tally = new WhatIfTally(SHANGHAI, policy(LIVE), policy(candidate), AS_OF);
        for (List<?> each : histories) {
            @SuppressWarnings("unchecked")
            List<CaseReplay.Recorded> history = (List<CaseReplay.Recorded>) each;
            tally.count(CaseHistories.opening(history), history);
        }
        return tally.report("SH", "2026-11", "2026-12");
    }

    /** A: received Mon 2 Nov 10:00; accepted Wed 4 Nov 16:00 (3 days: Thu 10:00; 2 days: Wed 10:00). */
    static List<CaseReplay.Recorded> caseA() {
        return new Recording("a", SH_PD, "2026-11-02 10:00", "2026-11-02 18:00")
                .triaged("2026-11-02 11:00", 3, "2026-11-03 11:00", "2026-11-05 10:00")
                .at("2026-11-03 10:00", contacted("a"), met("a", TimeLimit.CONTACT, "2026-11-03 11:00"))
                .settled("2026-11-04 16:00", "2026-11-05 10:00")
                .calledBack("2026-11-04 17:30", "2026-11-06 17:30", "2026-11-05 09:00")
                .events;
    }

    /**
     * D: received Mon 16 Nov 10:00, paused from 11:00 for 48 h (CONTACT and SETTLE moved by it), accepted
     * Fri 20 Nov 10:30 (3 days and the pause: Sat 10:00; 2 days and the pause: Fri 10:00).
     */
    static List<CaseReplay.Recorded> caseD() {
        return new Recording("d", SH_PD, "2026-11-16 10:00", "2026-11-16 18:00")
                .triaged("2026-11-16 10:30", 3, "2026-11-17 10:30", "2026-11-19 10:00")
                .at("2026-11-16 11:00", new ClockPaused("d", "waiting for the invoices", local("2026-11-16 11:00")))
                .at("2026-11-18 11:00", new ClockResumed("d", local("2026-11-18 11:00"), Duration.ofHours(48)),
                        set("d", TimeLimit.CONTACT, "2026-11-19 10:30"), set("d", TimeLimit.SETTLE, "2026-11-21 10:00"))
                .at("2026-11-18 12:00", contacted("d"), met("d", TimeLimit.CONTACT, "2026-11-19 10:30"))
                .settled("2026-11-20 10:30", "2026-11-21 10:00")
                .calledBack("2026-11-20 11:00", "2026-11-22 11:00", "2026-11-21 09:00")
                .events;
    }

    /** B: level 2, received Tue 1 Dec 10:00; accepted Thu 3 Dec 12:00 (3 days: Fri 10:00; 2 days: Thu 10:00). */
    static List<CaseReplay.Recorded> caseB() {
        return new Recording("b", SH_PD, "2026-12-01 10:00", "2026-12-01 18:00")
                .triaged("2026-12-01 10:30", 2, "2026-12-02 10:30", "2026-12-04 10:00")
                .at("2026-12-01 10:30", new Escalated("b", SH_PD, SH, EscalationReason.LEVEL_2_AT_TRIAGE, null,
                        local("2026-12-01 10:30"), deadline(TimeLimit.CONTACT, "2026-12-02 10:30")))
                .at("2026-12-01 15:00", contacted("b"), met("b", TimeLimit.CONTACT, "2026-12-02 10:30"))
                .settled("2026-12-03 12:00", "2026-12-04 10:00")
                .calledBack("2026-12-03 13:00", "2026-12-05 13:00", "2026-12-04 09:00")
                .events;
    }

    /**
     * C: received Thu 5 Nov 10:00, triaged 10:30: contact due Fri 6 Nov 10:30 (with the 6th a holiday:
     * Mon 9 Nov 10:30), missed at 10:30, contacted at 15:00; accepted Fri 16:00 (2 days: Sat 10:00).
     */
    static List<CaseReplay.Recorded> caseC() {
        return new Recording("c", SH_XH, "2026-11-05 10:00", "2026-11-05 18:00")
                .triaged("2026-11-05 10:30", 3, "2026-11-06 10:30", "2026-11-08 10:00")
                .at("2026-11-06 10:30", new DeadlineMissed("c", deadline(TimeLimit.CONTACT, "2026-11-06 10:30"),
                                local("2026-11-06 10:30")),
                        new ReminderIssued("c", TimeLimit.CONTACT, SH_XH, "billing", "handler.shxh"),
                        new Escalated("c", SH_XH, SH, EscalationReason.DEADLINE_MISSED, "CONTACT",
                                local("2026-11-06 10:30"), deadline(TimeLimit.CONTACT, "2026-11-06 10:30")))
                .at("2026-11-06 15:00", contacted("c"))
                .settled("2026-11-06 16:00", "2026-11-08 10:00")
                .calledBack("2026-11-06 17:00", "2026-11-08 17:00", "2026-11-07 10:00")
                .events;
    }

    /** A case's events as the case records them, each at a local Shanghai time. */
    static final class Recording {

        final String id;
        final List<CaseReplay.Recorded> events = new ArrayList<>();
        private boolean escalated;

        Recording(String id, UnitRef unit, String received, String triageDue) {
            this.id = id;
            at(received, new CaseOpened(id, unit.code() + "-" + id, unit, 3, List.of(), "sales", "Wang Wei",
                    local(received), local(received), Actor.system(unit.code())), set(id, TimeLimit.TRIAGE, triageDue));
        }

        Recording at(String time, Object... recorded) {
            for (Object event : recorded) {
                events.add(new CaseReplay.Recorded(event, local(time)));
                escalated |= event instanceof Escalated;
            }
            return this;
        }

        Recording triaged(String time, int level, String contactDue, String settleDue) {
            return at(time, new CaseTriaged(id, level, "billing", local(time), null),
                    met(id, TimeLimit.TRIAGE, events.getFirst().at().atZone(SHANGHAI).toLocalDate() + " 18:00"),
                    set(id, TimeLimit.CONTACT, contactDue), set(id, TimeLimit.SETTLE, settleDue));
        }

        Recording settled(String time, String settleDue) {
            return at(time, new RemedyAccepted(id, 1, null), met(id, TimeLimit.SETTLE, settleDue));
        }

        Recording calledBack(String instructed, String callbackDue, String completed) {
            at(instructed, new RemedyExecuted(id, 1, "bill corrected", null), new CallbackInstructed(id, "billing", null),
                    set(id, TimeLimit.CALLBACK, callbackDue));
            at(completed, new CallbackCompleted(id, "callback.sh", "service", Satisfaction.SATISFIED, "quick"),
                    met(id, TimeLimit.CALLBACK, callbackDue),
                    new CaseClosed(id, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, local(completed), null));
            return escalated ? at(completed, new EscalationsResolved(id, SH, local(completed))) : this;
        }
    }

    static Object contacted(String id) {
        return new ComplainantContacted(id, null, "called");
    }

    static DeadlineSet set(String id, TimeLimit limit, String due) {
        return new DeadlineSet(id, deadline(limit, due));
    }

    static DeadlineMet met(String id, TimeLimit limit, String due) {
        return new DeadlineMet(id, deadline(limit, due), null);
    }

    static OpenDeadline deadline(TimeLimit limit, String due) {
        return new OpenDeadline(limit, local(due));
    }

    static Instant local(String time) {
        return LocalDateTime.parse(time.replace(' ', 'T')).atZone(SHANGHAI).toInstant();
    }

    static WhatIfReport.Figures figures(long onTime, long onTimeOf, String rate, long missed, long escalations) {
        return new WhatIfReport.Figures(onTime, onTimeOf, new BigDecimal(rate), missed, missed, escalations);
    }

    static long count(List<CaseReplay.Recorded> history, Class<?> type) {
        return history.stream().filter(recorded -> type.isInstance(recorded.event())).count();
    }

    static DeadlinePolicy policy(DeadlineProperties properties) {
        return new ConfiguredDeadlinePolicy(properties);
    }

    static DeadlineProperties properties(Set<LocalDate> holidays, Map<TimeLimit, Allowance> limits) {
        return new DeadlineProperties(SHANGHAI, WorkingHours.NINE_TO_SIX, WorkingCalendar.MONDAY_TO_FRIDAY, holidays,
                Set.of(), limits, Map.of());
    }
}
