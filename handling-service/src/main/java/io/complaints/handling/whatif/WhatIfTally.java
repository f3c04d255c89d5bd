package io.complaints.handling.whatif;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.complaints.handling.cases.CaseOpened;
import io.complaints.handling.cases.CaseReplay;
import io.complaints.handling.deadline.DeadlinePolicy;

/**
 * Replays each case received in the period under the live configuration and under the candidate, and adds
 * them up per receiving unit and month of receipt (in the organisation's zone).
 */
final class WhatIfTally {

    private record Key(String unit, String month) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byUnit = unit.compareTo(other.unit);
            return byUnit != 0 ? byUnit : month.compareTo(other.month);
        }
    }

    private record Sums(int cases, WhatIfReport.Figures actual, WhatIfReport.Figures candidate) {

        static final Sums NONE = new Sums(0, WhatIfReport.Figures.NONE, WhatIfReport.Figures.NONE);

        Sums plus(Sums other) {
            return new Sums(cases + other.cases, actual.plus(other.actual), candidate.plus(other.candidate));
        }

        WhatIfReport.Row row(String unit, String month) {
            return new WhatIfReport.Row(unit, month, cases, actual, candidate, candidate.minus(actual));
        }
    }

    private final Map<Key, Sums> byUnitAndMonth = new TreeMap<>();
    private final ZoneId zone;
    private final DeadlinePolicy live;
    private final DeadlinePolicy candidate;
    private final Instant asOf;

    /** Limits still open fall due up to {@code asOf}. */
    WhatIfTally(ZoneId zone, DeadlinePolicy live, DeadlinePolicy candidate, Instant asOf) {
        this.zone = zone;
        this.live = live;
        this.candidate = candidate;
        this.asOf = asOf;
    }

    /** One case, opened by {@code opened}: as it went, and as it would have gone under the candidate. */
    void count(CaseOpened opened, List<CaseReplay.Recorded> history) {
        Sums one = new Sums(1, WhatIfReport.Figures.of(CaseReplay.replay(history, live, live, asOf)),
                WhatIfReport.Figures.of(CaseReplay.replay(history, live, candidate, asOf)));
        String month = YearMonth.from(opened.receivedAt().atZone(zone)).toString();
        byUnitAndMonth.merge(new Key(opened.unit().code(), month), one, Sums::plus);
    }

    WhatIfReport report(String unit, String from, String to) {
        List<WhatIfReport.Row> rows = new ArrayList<>();
        Sums total = Sums.NONE;
        for (Map.Entry<Key, Sums> entry : byUnitAndMonth.entrySet()) {
            rows.add(entry.getValue().row(entry.getKey().unit(), entry.getKey().month()));
            total = total.plus(entry.getValue());
        }
        return new WhatIfReport(unit, from, to, asOf, total.cases(), rows, total.row(null, null));
    }
}
