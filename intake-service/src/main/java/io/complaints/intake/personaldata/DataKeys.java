package io.complaints.intake.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complainants' data keys (table {@code personal_data_key}), 256 random bits each, kept wrapped by
 * the master key and bound to their key id. Read and changed in the caller's transaction.
 */
@Component
@EnableConfigurationProperties(PersonalDataProperties.class)
class DataKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecretKey master;
    private final Clock clock;

    DataKeys(JdbcTemplate jdbc, PersonalDataProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.master = new SecretKeySpec(sha256(properties.masterKey()), "AES");
        this.clock = clock;
    }

    /** A key, or its absence: never created, or erased. */
    sealed interface State permits Present, Erased, Unknown {
    }

    record Present(String keyId, SecretKey key) implements State {
    }

    record Erased(String keyId) implements State {
    }

    record Unknown(String keyId) implements State {
    }

    State of(String keyId) {
        return jdbc.query("SELECT key_id, wrapped_key FROM personal_data_key WHERE key_id = ?",
                (row, i) -> state(row.getString(1), row.getBytes(2)), keyId).stream().findFirst()
                .orElse(new Unknown(keyId));
    }

    State ofComplaint(String complaintId) {
        return jdbc.query("SELECT key_id, wrapped_key FROM personal_data_key WHERE complaint_id = ?",
                (row, i) -> state(row.getString(1), row.getBytes(2)), complaintId).stream().findFirst()
                .orElse(new Unknown(null));
    }

    /** The complainant's key, created with their first complaint. */
    State create(String keyId, String complaintId) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        jdbc.update("""
                INSERT INTO personal_data_key (key_id, complaint_id, wrapped_key, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (key_id) DO NOTHING""", keyId, complaintId,
                Aes.seal(master, keyId, key), Timestamp.from(clock.instant()));
        return of(keyId);
    }

    /** Destroys the key; false when it was already erased or never existed. */
    boolean destroy(String keyId) {
        return jdbc.update("UPDATE personal_data_key SET wrapped_key = NULL, erased_at = ? "
                + "WHERE key_id = ? AND wrapped_key IS NOT NULL", Timestamp.from(clock.instant()), keyId) == 1;
    }

    private State state(String keyId, byte[] wrapped) {
        return wrapped == null ? new Erased(keyId)
                : new Present(keyId, new SecretKeySpec(Aes.open(master, keyId, wrapped), "AES"));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
