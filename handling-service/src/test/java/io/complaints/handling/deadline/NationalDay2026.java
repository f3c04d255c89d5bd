package io.complaints.handling.deadline;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The National Day week these tests assume for 2026: holidays Thu 2026-10-01 to Wed 2026-10-07, make-up
 * working days Sun 2026-09-27 and Sat 2026-10-10. It illustrates the rules; a real configuration takes the
 * dates of the State Council's notice for the year.
 */
final class NationalDay2026 {

    static final Set<LocalDate> HOLIDAYS = Set.copyOf(Stream.iterate(LocalDate.parse("2026-10-01"), d -> d.plusDays(1))
            .limit(7).toList());
    static final Set<LocalDate> MAKE_UP_DAYS = Set.of(LocalDate.parse("2026-09-27"), LocalDate.parse("2026-10-10"));

    private NationalDay2026() {
    }
}
