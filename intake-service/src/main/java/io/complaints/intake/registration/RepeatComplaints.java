package io.complaints.intake.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplaintRegistered.EarlierComplaint;
import io.complaints.intake.complaint.RegisterComplaint;

/**
 * Recognises a second complaint (二次投诉): the same complainant (same phone or e-mail) on the same
 * matter (same category, about the same unit) within a configurable window. Contacts are compared
 * by a keyed hash, so this index is not another store of personal data.
 */
@Component
class RepeatComplaints {

    private final JdbcTemplate jdbc;
    private final Duration window;
    private final SecretKeySpec key;

    RepeatComplaints(JdbcTemplate jdbc,
                     @Value("${complaints.intake.repeat-window:P30D}") Duration window,
                     @Value("${complaints.intake.contact-key-secret}") String secret) {
        this.jdbc = jdbc;
        this.window = window;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The latest earlier complaint on the same matter by the same complainant within the window. */
    Optional<EarlierComplaint> findEarlier(RegisterComplaint command, Instant receivedAt) {
        List<String> contacts = contactKeys(command.complainant());
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

    void record(RegisterComplaint command, String registrationNumber, Instant receivedAt) {
        for (String contact : contactKeys(command.complainant())) {
            jdbc.update("""
                    INSERT INTO complainant_contact
                        (complaint_id, contact_key, category, matter_unit, registration_number, received_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", command.complaintId(), contact, command.details().category().name(),
                    matterUnit(command), registrationNumber, Timestamp.from(receivedAt));
        }
    }

    private static String matterUnit(RegisterComplaint command) {
        var about = command.details().complainedAbout();
        return about != null && about.unitCode() != null ? about.unitCode() : command.unit().code();
    }

    private List<String> contactKeys(Complainant complainant) {
        return Stream.of(
                        complainant.phone() == null ? null : "phone:" + lastElevenDigits(complainant.phone()),
                        complainant.email() == null ? null : "email:" + complainant.email().strip().toLowerCase(Locale.ROOT))
                .filter(java.util.Objects::nonNull)
                .map(this::hash)
                .distinct()
                .toList();
    }

    private static String lastElevenDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
    }

    private String hash(String contact) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(contact.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
