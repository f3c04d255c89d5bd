package io.complaints.intake.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import io.complaints.intake.complaint.ComplainantErased;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplaintRegistered.EarlierComplaint;
import io.complaints.intake.complaint.RegisterComplaint;
import io.complaints.intake.personaldata.PersonalData;

/**
 * Recognises a second complaint (二次投诉): the same complainant (same phone or e-mail) on the same
 * matter (same category, about the same unit) within a configurable window. Contacts are compared
 * by a keyed hash, so this index is not another store of personal data; the key is versioned
 * ({@link ContactKeysProperties}) so that it can be rotated without losing a repeat.
 */
@Component
@EnableConfigurationProperties(ContactKeysProperties.class)
@ProcessingGroup(PersonalData.ERASURE)
class RepeatComplaints {

    private final JdbcTemplate jdbc;
    private final Duration window;
    private final String currentVersion;
    private final Map<String, SecretKeySpec> keys;

    RepeatComplaints(JdbcTemplate jdbc,
                     @Value("${complaints.intake.repeat-window:P30D}") Duration window,
                     ContactKeysProperties contactKeys) {
        this.jdbc = jdbc;
        this.window = window;
        this.currentVersion = contactKeys.current();
        Map<String, SecretKeySpec> byVersion = new TreeMap<>();
        contactKeys.keys().forEach((version, secret) ->
                byVersion.put(version, new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
        this.keys = Map.copyOf(byVersion);
    }

    /**
     * The latest earlier complaint on the same matter by the same complainant within the window,
     * looked up with every configured key, so that a rotation loses no repeat.
     */
    Optional<EarlierComplaint> findEarlier(RegisterComplaint command, Instant receivedAt) {
        List<String> contacts = keys.values().stream()
                .flatMap(key -> contactKeys(command.complainant(), key).stream())
                .distinct()
                .toList();
        if (contacts.isEmpty()) {
            return Optional.empty();
        }
        String placeholders = String.join(",", contacts.stream().map(c -> "?").toList());
        Object[] arguments = Stream.concat(contacts.stream(), Stream.of(command.details().category().name(),
                matterUnit(command), Timestamp.from(receivedAt.minus(window)))).toArray();
        return jdbc.query("""
                SELECT complaint_id, registration_number FROM complainant_contact
                WHERE contact_key IN (%s) AND category = ? AND matter_unit = ? AND received_at >= ?
                ORDER BY received_at DESC LIMIT 1""".formatted(placeholders),
                (row, i) -> new EarlierComplaint(row.getString(1), row.getString(2)), arguments).stream().findFirst();
    }

    /** Records the complainant's contact, hashed with the current key. */
    void record(RegisterComplaint command, String registrationNumber, Instant receivedAt) {
        for (String contact : contactKeys(command.complainant(), keys.get(currentVersion))) {
            jdbc.update("""
                    INSERT INTO complainant_contact
                        (complaint_id, contact_key, category, matter_unit, registration_number, received_at, key_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", command.complaintId(), contact, command.details().category().name(),
                    matterUnit(command), registrationNumber, Timestamp.from(receivedAt), currentVersion);
        }
    }

    /** An erased complainant is forgotten: no later complaint is recognised as repeating theirs. */
    @EventHandler
    void on(ComplainantErased erased) {
        jdbc.update("DELETE FROM complainant_contact WHERE complaint_id = ?", erased.complaintId());
    }

    private static String matterUnit(RegisterComplaint command) {
        var about = command.details().complainedAbout();
        return about != null && about.unitCode() != null ? about.unitCode() : command.unit().code();
    }

    private static List<String> contactKeys(Complainant complainant, SecretKeySpec key) {
        return Stream.of(
                        complainant.phone() == null ? null : "phone:" + lastElevenDigits(complainant.phone()),
                        complainant.email() == null ? null : "email:" + complainant.email().strip().toLowerCase(Locale.ROOT))
                .filter(java.util.Objects::nonNull)
                .map(contact -> hash(contact, key))
                .distinct()
                .toList();
    }

    private static String lastElevenDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
    }

    private static String hash(String contact, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(contact.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
