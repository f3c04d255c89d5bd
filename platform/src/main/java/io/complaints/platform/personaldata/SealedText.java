package io.complaints.platform.personaldata;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data as it is stored and published: encrypted under the data key of one complainant, kept
 * only by intake-service (crypto-shredding: destroying the key erases every copy, in every store and
 * on every topic). The text form is {@code sealed:v1:<key id>:<base64url of IV and ciphertext>}; any
 * other text is not sealed (e.g. stored before sealing existed) and is shown as it is.
 *
 * @param keyId   whose key sealed it: the complainant reference
 * @param payload the 12-byte IV followed by the AES-256-GCM ciphertext and tag
 */
public record SealedText(String version, String keyId, byte[] payload) {

    public static final String VERSION = "v1";
    private static final Pattern FORM = Pattern.compile("sealed:(v1):([A-Za-z0-9-]{1,64}):([A-Za-z0-9_-]{24,})");

    /** Whether {@code text} is sealed text (and must be opened by intake to be shown). */
    public static boolean isSealed(String text) {
        return parse(text).isPresent();
    }

    public static Optional<SealedText> parse(String text) {
        if (text == null || !text.startsWith("sealed:")) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SealedText(matcher.group(1), matcher.group(2),
                Base64.getUrlDecoder().decode(matcher.group(3))));
    }

    public static SealedText of(String keyId, byte[] payload) {
        return new SealedText(VERSION, keyId, payload.clone());
    }

    public String text() {
        return "sealed:" + version + ":" + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }

    @Override
    public String toString() {
        return "SealedText[" + keyId + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedText that && text().equals(that.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }
}
