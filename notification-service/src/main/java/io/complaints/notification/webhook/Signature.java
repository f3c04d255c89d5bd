package io.complaints.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: {@code sha256=} and the hex HMAC-SHA256, keyed with the endpoint's
 * secret, of the timestamp header's value, a dot, and the body as sent. A receiver recomputes it over
 * what it received, compares in constant time, and refuses timestamps too far from its clock
 * (replays).
 */
public final class Signature {

    public static final String TIMESTAMP_HEADER = "X-Complaints-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Complaints-Signature";
    public static final String DELIVERY_HEADER = "X-Complaints-Delivery";

    private Signature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
