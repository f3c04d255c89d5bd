package io.complaints.intake.registration;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Daily sequences in PostgreSQL. The upsert locks the (unit, day) row until the registering
 * transaction ends, so concurrent registrations of one unit, from any number of intake
 * instances, take consecutive numbers, and a rolled-back one leaves no gap.
 */
@Component
class JdbcRegistrationNumbers implements RegistrationNumbers {

    private static final String NEXT = """
            INSERT INTO registration_sequence (unit_code, acceptance_date, last_value)
            VALUES (?, ?, 1)
            ON CONFLICT (unit_code, acceptance_date)
            DO UPDATE SET last_value = registration_sequence.last_value + 1
            RETURNING last_value
            """;

    private final JdbcTemplate jdbc;

    JdbcRegistrationNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(String unitCode, LocalDate acceptanceDate) {
        Long sequence = jdbc.queryForObject(NEXT, Long.class, unitCode, Date.valueOf(acceptanceDate));
        return RegistrationNumbers.format(unitCode, acceptanceDate, sequence);
    }
}
