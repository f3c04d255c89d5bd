package io.complaints.intake.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The portal's secrets: random codes, keyed hashes (HMAC-SHA256 with the portal's secret, so that a copy
 * of the tables alone opens nothing), and constant-time comparison.
 */
@Component
@EnableConfigurationProperties(PortalProperties.class)
class PortalCrypto {

    /** 160 bits: a tracking code is 32 characters of base32. */
    private static final int TRACKING_CODE_BYTES = 20;
    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    PortalCrypto(PortalProperties properties) {
        if (properties.secret() == null || properties.secret().length() < 16) {
            throw new IllegalStateException("set complaints.portal.secret (16 characters or more) from a secret store");
        }
        this.key = properties.secret().getBytes(StandardCharsets.UTF_8);
    }

    /** A one-time e-mail code: six digits. */
    String emailCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    /** A tracking code of 160 random bits, in groups of four for reading aloud: ABCD-EFGH-... */
    String trackingCode() {
        byte[] bytes = new byte[TRACKING_CODE_BYTES];
        random.nextBytes(bytes);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (!code.isEmpty() && code.length() % 5 == 4) {
                    code.append('-');
                }
                code.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    /** A tracking code as typed: case, spaces and dashes do not matter. */
    static String normalised(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The keyed hash of the parts, hex. */
    String hash(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update((byte) (bytes.length >>> 8));
                mac.update((byte) bytes.length);
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no HMAC-SHA256", e);
        }
    }

    /** The sign of a value, URL-safe base64. */
    String sign(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hash("session", value)));
    }

    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** An e-mail address as one key: trimmed and lower case. */
    static String address(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
