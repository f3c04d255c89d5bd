package io.complaints.intake.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a file's real content type from its first bytes (its "magic number"), whatever its name or
 * declared type say. Knows only the types evidence may have; anything else is unrecognised.
 */
final class ContentSniffer {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";
    static final String MP3 = "audio/mpeg";
    static final String MP4 = "video/mp4";
    static final String TEXT = "text/plain";

    static final List<String> RECOGNISED = List.of(JPEG, PNG, PDF, MP3, MP4, TEXT);

    /** Major brands of an ISO base media file that are MP4 video (not QuickTime, 3GP, HEIF or M4A audio). */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "MSNV", "f4v ");

    private ContentSniffer() {
    }

    static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (isMp4(bytes)) {
            return Optional.of(MP4);
        }
        if (isMp3(bytes)) {
            return Optional.of(MP3);
        }
        if (isText(bytes)) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /** An ISO base media file: a first box of type {@code ftyp} whose major brand is an MP4 one. */
    private static boolean isMp4(byte[] bytes) {
        return bytes.length >= 12 && startsWith(Arrays.copyOfRange(bytes, 4, 8), 'f', 't', 'y', 'p')
                && MP4_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1));
    }

    /** An ID3v2 tag, or an MPEG audio frame header (sync bits, a valid version, layer, bit rate and sample rate). */
    private static boolean isMp3(byte[] bytes) {
        if (bytes.length >= 4 && startsWith(bytes, 'I', 'D', '3') && (bytes[3] & 0xFF) >= 2 && (bytes[3] & 0xFF) <= 4) {
            return true;
        }
        if (bytes.length < 4) {
            return false;
        }
        int b1 = bytes[1] & 0xFF;
        int b2 = bytes[2] & 0xFF;
        return (bytes[0] & 0xFF) == 0xFF && (b1 & 0xE0) == 0xE0
                && (b1 & 0x18) != 0x08          // version not reserved
                && (b1 & 0x06) != 0x00          // layer not reserved
                && (b2 >> 4) != 0x0F            // bit rate index not "bad"
                && ((b2 >> 2) & 0x03) != 0x03;  // sample rate index not reserved
    }

    /**
     * Plain text in any ASCII-compatible encoding (UTF-8, GB18030, ...): no control characters but
     * tab, line feed, form feed and carriage return. Binary files (executables among them) have NULs.
     */
    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
