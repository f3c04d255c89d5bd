package io.complaints.intake.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.limits.TooManyRequestsException;

/**
 * Proof that the complainant holds the e-mail address they give: a one-time code of six digits sent
 * to it, kept only as a keyed hash, good for {@code emailCodeTtl} and {@code emailCodeAttempts} tries,
 * spent by the registration it allows. An address is sent at most one code per {@code emailCodeInterval}.
 */
@Component
class EmailCodes {

    private final JdbcTemplate jdbc;
    private final PortalCrypto crypto;
    private final PortalProperties properties;
    private final Clock clock;

    EmailCodes(JdbcTemplate jdbc, PortalCrypto crypto, PortalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new code for the address, replacing any earlier one; 429 when one was sent a moment ago. */
    @Transactional
    String issue(String email) {
        String address = PortalCrypto.address(email);
        String key = crypto.hash("email", address);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Timestamp> sent = jdbc.queryForList("select sent_at from portal_email_code where email_hash = ? for update",
                Timestamp.class, key);
        if (!sent.isEmpty() && sent.getFirst().toInstant().plus(properties.emailCodeInterval()).isAfter(now)) {
            throw new TooManyRequestsException("a code was sent to this address a moment ago",
                    properties.emailCodeInterval());
        }
        String code = crypto.emailCode();
        jdbc.update("""
                insert into portal_email_code (email_hash, code_hash, sent_at, expires_at, failed_attempts)
                values (?, ?, ?, ?, 0)
                on conflict (email_hash) do update set code_hash = excluded.code_hash, sent_at = excluded.sent_at,
                    expires_at = excluded.expires_at, failed_attempts = 0""",
                key, crypto.hash("email-code", address, code), Timestamp.from(now),
                Timestamp.from(now.plus(properties.emailCodeTtl())));
        return code;
    }

    /**
     * Spends the address's code if this is it; else counts a wrong try (the code is spent after too many)
     * and refuses naming the field. Its own transaction, before the registration's: a wrong try counts
     * whatever happens next.
     */
    @Transactional(noRollbackFor = RulesViolatedException.class)
    void spend(String email, String code) {
        String address = PortalCrypto.address(email);
        String key = crypto.hash("email", address);
        var rows = jdbc.queryForList("select code_hash, expires_at, failed_attempts from portal_email_code "
                + "where email_hash = ? for update", key);
        boolean matches = !rows.isEmpty()
                && ((Timestamp) rows.getFirst().get("expires_at")).toInstant().isAfter(clock.instant())
                && ((Number) rows.getFirst().get("failed_attempts")).intValue() < properties.emailCodeAttempts()
                && PortalCrypto.same((String) rows.getFirst().get("code_hash"),
                crypto.hash("email-code", address, code == null ? "" : code.strip()));
        if (matches) {
            jdbc.update("delete from portal_email_code where email_hash = ?", key);
            return;
        }
        if (!rows.isEmpty()) {
            jdbc.update("update portal_email_code set failed_attempts = failed_attempts + 1 where email_hash = ?", key);
        }
        throw RulesViolatedException.ofField("emailCode", "email-code",
                "is not the code last sent to this e-mail address, or it expired or was tried too often; ask for a new one");
    }
}
