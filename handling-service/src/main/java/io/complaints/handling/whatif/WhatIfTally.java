package io.complaints.handling.whatif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.complaints.handling.cases.CaseReplay;

/** Adds up the replayed cases per unit and month, under the live and the candidate configuration. */
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

    /** One case received in {@code unit} in {@code month} (e.g. {@code 2026-10}), as it went and as it would have. */
    void add(String unit, String month, CaseReplay.Outcome actual, CaseReplay.Outcome candidate) {
        Sums one = new Sums(1, WhatIfReport.Figures.of(actual), WhatIfReport.Figures.of(candidate));
        byUnitAndMonth.merge(new Key(unit, month), one, Sums::plus);
    }

    WhatIfReport report(String unit, String from, String to, Instant asOf) {
        List<WhatIfReport.Row> rows = new ArrayList<>();
        Sums total = Sums.NONE;
        for (Map.Entry<Key, Sums> entry : byUnitAndMonth.entrySet()) {
            rows.add(entry.getValue().row(entry.getKey().unit(), entry.getKey().month()));
            total = total.plus(entry.getValue());
        }
        return new WhatIfReport(unit, from, to, asOf, total.cases(), rows, total.row(null, null));
    }
}
