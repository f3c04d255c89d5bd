package io.complaints.intake.registration;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.complaints.platform.RulesViolatedException;

/**
 * Idempotency-Key of registrations, in the registering transaction. The first request with a key
 * claims it; a concurrent one with the same key waits on the claim until the first commits (then
 * gets the first's registration) or rolls back (then registers itself).
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this registration, or returns the registration that claimed it first. */
    Optional<Registration> claim(String key, String requestHash, String complaintId) {
        int claimed = jdbc.update("""
                INSERT INTO idempotency_key (idempotency_key, request_hash, complaint_id) VALUES (?, ?, ?)
                ON CONFLICT (idempotency_key) DO NOTHING""", key, requestHash, complaintId);
        if (claimed == 1) {
            return Optional.empty();
        }
        List<Earlier> earlier = jdbc.query("""
                SELECT request_hash, complaint_id, registration_number, received_at, priority, repeat_of
                FROM idempotency_key WHERE idempotency_key = ?""",
                (row, i) -> new Earlier(row.getString(1), new Registration(row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getBoolean(5), row.getString(6))), key);
        Earlier first = earlier.getFirst();
        if (!first.requestHash().equals(requestHash)) {
            throw RulesViolatedException.ofField(HEADER, "same-request",
                    "this key was already used for a different registration");
        }
        return Optional.of(first.registration());
    }

    void complete(String key, Registration registration) {
        jdbc.update("""
                UPDATE idempotency_key SET registration_number = ?, received_at = ?, priority = ?, repeat_of = ?
                WHERE idempotency_key = ?""", registration.registrationNumber(),
                Timestamp.from(registration.receivedAt()), registration.priority(), registration.repeatOf(), key);
    }

    private record Earlier(String requestHash, Registration registration) {
    }
}
