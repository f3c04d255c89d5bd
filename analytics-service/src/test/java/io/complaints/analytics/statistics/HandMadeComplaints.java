package io.complaints.analytics.statistics;

import static io.complaints.events.CaseOutcome.INVALID;
import static io.complaints.events.CaseOutcome.RESOLVED;
import static io.complaints.events.CaseOutcome.WITHDRAWN;
import static io.complaints.events.Category.BILLING;
import static io.complaints.events.Category.CONTRACT;
import static io.complaints.events.Category.DELIVERY;
import static io.complaints.events.Category.SAFETY;
import static io.complaints.events.Category.SERVICE_QUALITY;
import static io.complaints.events.Category.STAFF_CONDUCT;
import static io.complaints.events.Channel.EMAIL;
import static io.complaints.events.Channel.HOTLINE;
import static io.complaints.events.Channel.PHONE;
import static io.complaints.events.Channel.VISIT;
import static io.complaints.events.Channel.WEBSITE;
import static io.complaints.events.EscalationReason.CALLBACK_DISSATISFIED;
import static io.complaints.events.EscalationReason.DEADLINE_MISSED;
import static io.complaints.events.EscalationReason.LEVEL_1_AT_TRIAGE;
import static io.complaints.events.EscalationReason.LEVEL_2_AT_TRIAGE;
import static io.complaints.events.Satisfaction.DISSATISFIED;
import static io.complaints.events.Satisfaction.FAIRLY_SATISFIED;
import static io.complaints.events.Satisfaction.NEUTRAL;
import static io.complaints.events.Satisfaction.SATISFIED;
import static io.complaints.events.TimeLimit.CALLBACK;
import static io.complaints.events.TimeLimit.EXPLAIN_INVALID;
import static io.complaints.events.TimeLimit.SETTLE;

import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationContext;

import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.events.UnitRef;

/**
 * Eleven complaints whose every figure the tests compute by hand. Units: HQ → SH (Shanghai) → SH-PD
 * (Pudong), SH-MH (Minhang); HQ → BJ (Beijing). Times are Shanghai times.
 *
 * <pre>
 * id  unit   received          category         level      channel  department  cause           what happened                                                     closed after
 * c1  SH-PD  2026-11-01 00:30  BILLING          3          HOTLINE  billing     METER-READING   settle met; callback satisfied                                    19 h 30 resolved
 * c2  SH-PD  2026-11-05 09:00  SERVICE_QUALITY  3→2        PHONE    service     STAFF-ATTITUDE  escalated ×2; callback missed; dissatisfied, reopened, fairly s.  100 h resolved
 * c3  SH-PD  2026-11-10 14:00  BILLING          4          HOTLINE  billing     -               invalid; explained in time                                        9 h 15 invalid
 * c4  SH-MH  2026-11-12 10:00  BILLING          3          WEBSITE  billing     METER-READING   repeat; settle missed, escalated                                  open
 * c5  SH-MH  2026-11-20 16:00  DELIVERY         3          HOTLINE  -           -               withdrawn before triage                                           2 h withdrawn
 * c6  SH     2026-11-25 08:00  SAFETY           1          VISIT    safety      GAS-LEAK        escalated; callback neutral                                       48 h resolved
 * c7  BJ     2026-11-28 11:00  BILLING          3          HOTLINE  billing     METER-READING   callback satisfied                                                29 h 06 resolved
 * c8  SH-PD  2026-11-30 23:30  CONTRACT         3          EMAIL    legal       CONTRACT-TERMS  repeat; settle missed, escalated; then withdrawn                  80 h withdrawn
 * d1  SH-PD  2026-12-01 01:30  BILLING          3          HOTLINE  billing     METER-READING   callback satisfied                                                5 h resolved
 * d2  SH-MH  2026-12-10 10:00  STAFF_CONDUCT    3          PHONE    service     STAFF-ATTITUDE  -                                                                 open
 * e1  SH-PD  2025-12-31 23:50  BILLING          3          HOTLINE  -           -               -                                                                 open
 * </pre>
 * c1 is received on 31 October in UTC, d1 on 30 November: each counts in its Shanghai month.
 */
public final class HandMadeComplaints {

    static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    static final UnitRef MINHANG = new UnitRef("SH-MH", List.of("HQ", "SH", "SH-MH"));
    static final UnitRef SHANGHAI = new UnitRef("SH", List.of("HQ", "SH"));
    static final UnitRef BEIJING = new UnitRef("BJ", List.of("HQ", "BJ"));

    /** Told once: delivering them again is a redelivery of the same events. */
    private static final List<ComplaintHistory> ALL = tell();

    private HandMadeComplaints() {
    }

    public static List<ComplaintHistory> all() {
        return ALL;
    }

    /**
     * Every event of them applied to the service's read models in their order, as the feed does,
     * then the statistics recomputed: for tests of what is built on the statistics (the reports).
     */
    public static void toldTo(ApplicationContext service) {
        Generation live = service.getBean(Generations.class).live();
        List<ReadModel> inOrder = service.getBeanProvider(ReadModel.class).orderedStream().toList();
        ALL.forEach(complaint -> complaint.events().forEach(event ->
                inOrder.forEach(model -> model.apply(event, live))));
        service.getBean(Recompute.class).dirty(live);
    }

    private static List<ComplaintHistory> tell() {
        return List.of(
                ComplaintHistory.received("c1", PUDONG, "2026-11-01T00:30", BILLING, HOTLINE, 3)
                        .triaged(3, "billing").cause("METER-READING").met(SETTLE).callback(SATISFIED)
                        .closed(RESOLVED, hours(19, 30)),
                ComplaintHistory.received("c2", PUDONG, "2026-11-05T09:00", SERVICE_QUALITY, PHONE, 3)
                        .triaged(2, "service").escalated(LEVEL_2_AT_TRIAGE).cause("STAFF-ATTITUDE").met(SETTLE)
                        .missed(CALLBACK).callback(DISSATISFIED).escalated(CALLBACK_DISSATISFIED).reopened()
                        .callback(FAIRLY_SATISFIED).closed(RESOLVED, hours(100, 0)),
                ComplaintHistory.received("c3", PUDONG, "2026-11-10T14:00", BILLING, HOTLINE, 4)
                        .triaged(4, "billing").invalid().met(EXPLAIN_INVALID).closed(INVALID, hours(9, 15)),
                ComplaintHistory.received("c4", MINHANG, "2026-11-12T10:00", BILLING, WEBSITE, 3).repeat()
                        .triaged(3, "billing").cause("METER-READING").missed(SETTLE).escalated(DEADLINE_MISSED),
                ComplaintHistory.received("c5", MINHANG, "2026-11-20T16:00", DELIVERY, HOTLINE, 3)
                        .withdrawn().closed(WITHDRAWN, hours(2, 0)),
                ComplaintHistory.received("c6", SHANGHAI, "2026-11-25T08:00", SAFETY, VISIT, 1)
                        .triaged(1, "safety").escalated(LEVEL_1_AT_TRIAGE).cause("GAS-LEAK").met(SETTLE)
                        .callback(NEUTRAL).closed(RESOLVED, hours(48, 0)),
                ComplaintHistory.received("c7", BEIJING, "2026-11-28T11:00", BILLING, HOTLINE, 3)
                        .triaged(3, "billing").cause("METER-READING").met(SETTLE).callback(SATISFIED)
                        .closed(RESOLVED, hours(29, 6)),
                ComplaintHistory.received("c8", PUDONG, "2026-11-30T23:30", CONTRACT, EMAIL, 3).repeat()
                        .triaged(3, "legal").cause("CONTRACT-TERMS").missed(SETTLE).escalated(DEADLINE_MISSED)
                        .withdrawn().closed(WITHDRAWN, hours(80, 0)),
                ComplaintHistory.received("d1", PUDONG, "2026-12-01T01:30", BILLING, HOTLINE, 3)
                        .triaged(3, "billing").cause("METER-READING").met(SETTLE).callback(SATISFIED)
                        .closed(RESOLVED, hours(5, 0)),
                ComplaintHistory.received("d2", MINHANG, "2026-12-10T10:00", STAFF_CONDUCT, PHONE, 3)
                        .triaged(3, "service").cause("STAFF-ATTITUDE"),
                ComplaintHistory.received("e1", PUDONG, "2025-12-31T23:50", BILLING, HOTLINE, 3));
    }

    private static Duration hours(int hours, int minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }
}
