package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.complaints.intake.support.RunningIntake;

/**
 * The key of the repeat-complaint hashes rotates without losing a repeat: a complaint hashed with the
 * previous key (v1) is still found; new registrations are hashed with the current one (v2).
 */
class ContactKeyRotationTest extends RunningIntake {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aComplaintHashedWithThePreviousKeyIsStillRecognisedAsRepeated() throws Exception {
        String phone = "13744445555";
        String earlierNumber = "GZ-TH-202001010099";
        jdbc.update("""
                INSERT INTO complainant_contact
                    (complaint_id, contact_key, category, matter_unit, registration_number, received_at, key_version)
                VALUES (?, ?, 'SAFETY', 'GZ-TH', ?, ?, 'v1')""", UUID.randomUUID().toString(),
                hmac("dev-only-contact-key-v1", "phone:" + phone), earlierNumber, Timestamp.from(Instant.now().minusSeconds(3600)));

        Registration repeat = http().post("/api/complaints",
                io.complaints.intake.support.IntakeHttp.form("GZ-TH", 3, phone, "SAFETY"), null, "GZ-TH",
                Registration.class).getBody();

        assertThat(repeat.repeatOf()).isEqualTo(earlierNumber);
        assertThat(repeat.priority()).isTrue();
        assertThat(jdbc.queryForList("SELECT key_version || ' ' || contact_key FROM complainant_contact WHERE complaint_id = ?",
                String.class, repeat.complaintId()))
                .containsExactly("v2 " + hmac("dev-only-contact-key-v2", "phone:" + phone));
    }

    private static String hmac(String key, String contact) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(contact.getBytes(StandardCharsets.UTF_8)));
    }
}
