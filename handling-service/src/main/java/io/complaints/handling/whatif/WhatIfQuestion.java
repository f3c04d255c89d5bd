package io.complaints.handling.whatif;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.complaints.handling.deadline.DeadlineProperties;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * A {@link WhatIfRequest} checked: its months in order and within the bound, its unit one of the
 * organisation's and of the caller's units, its candidate configuration one the live rules accept. Every
 * field refused is named at once ({@code 400}); a unit outside the caller's is {@code 403}.
 */
record WhatIfQuestion(YearMonth from, YearMonth to, String unit, DeadlineProperties candidate) {

    /** Months outside these years hold no complaint handled here (and would not fit a timestamp). */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9999;

    static WhatIfQuestion of(WhatIfRequest request, Actor actor, UnitDirectory units, WhatIfProperties bounds) {
        var refusals = new RulesViolatedException.Collector();
        YearMonth from = month(refusals, "from", request.from());
        YearMonth to = month(refusals, "to", request.to());
        if (from != null && to != null) {
            refusals.check(!to.isBefore(from), "to", "month-order", "must not be before from")
                    .check(to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) < bounds.maxMonths(), "to",
                            "at-most-months", "the period may span at most " + bounds.maxMonths() + " months");
        }
        String unit = request.unit() == null ? actor.unit() : request.unit().strip();
        refusals.check(units.find(unit).isPresent(), "unit", "unknown-unit", "the organisation has no such unit");
        CandidateReader reader = new CandidateReader(code -> units.find(code).isPresent());
        DeadlineProperties candidate = reader.read(request.candidate());
        if (!reader.refused().isEmpty()) {
            refusals.add(new RulesViolatedException(reader.refused()));
        }
        refusals.throwIfAny();
        if (!units.isWithin(unit, actor.unit())) {
            throw new NotPermittedException("unit-scope", "the unit is not one of the caller's units");
        }
        return new WhatIfQuestion(from, to, unit, candidate);
    }

    private static YearMonth month(RulesViolatedException.Collector refusals, String field, String text) {
        if (text == null || text.isBlank()) {
            refusals.check(false, field, "required", "a month such as 2026-10 is required");
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        refusals.check(false, field, "month", "must be a month such as 2026-10, of the years " + FIRST_YEAR + " to "
                + LAST_YEAR);
        return null;
    }
}
