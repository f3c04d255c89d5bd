package io.complaints.intake.registration;

import java.time.LocalDate;

/**
 * Hands out registration numbers (登记编号): the unit code, the acceptance date and the unit's
 * daily sequence, e.g. {@code SH-PD-202310010002} for the 2nd complaint SH-PD accepted on
 * 2023-10-01. Never reused; gap-free per unit and day because the number is taken in the
 * transaction that stores the registration, so a registration that fails gives its number back.
 */
public interface RegistrationNumbers {

    String next(String unitCode, LocalDate acceptanceDate);

    static String format(String unitCode, LocalDate acceptanceDate, long sequence) {
        return "%s-%04d%02d%02d%04d".formatted(unitCode, acceptanceDate.getYear(), acceptanceDate.getMonthValue(),
                acceptanceDate.getDayOfMonth(), sequence);
    }
}
