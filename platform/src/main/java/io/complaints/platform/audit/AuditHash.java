package io.complaints.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of the audit trail, SHA-256 throughout.
 * <ul>
 * <li>An event's hash covers the previous hash of its aggregate stream ({@link #GENESIS} for the first
 * chained event of a stream), the aggregate id, sequence number, event identifier, aggregate type,
 * payload type and revision, payload bytes, metadata bytes (who acted, with which correlation) and
 * timestamp, each length-prefixed so that no two different events give the same input.</li>
 * <li>A checkpoint's running hash folds, in global index order, each chained event's global index and
 * hash into the running hash before it, starting from {@link #GENESIS}.</li>
 * </ul>
 */
public final class AuditHash {

    /** The hash before the first: 32 zero bytes. */
    static final byte[] GENESIS = new byte[32];

    private static final HexFormat HEX = HexFormat.of();

    private AuditHash() {
    }

    static byte[] ofEvent(byte[] previous, StoredEvent event) {
        MessageDigest sha = sha256();
        sha.update(previous);
        text(sha, event.aggregateIdentifier());
        number(sha, event.sequenceNumber());
        text(sha, event.eventIdentifier());
        text(sha, event.aggregateType());
        text(sha, event.payloadType());
        text(sha, event.payloadRevision());
        bytes(sha, event.payload());
        bytes(sha, event.metaData());
        text(sha, event.timeStamp());
        return sha.digest();
    }

    static byte[] running(byte[] running, long globalIndex, byte[] eventHash) {
        MessageDigest sha = sha256();
        sha.update(running);
        number(sha, globalIndex);
        sha.update(eventHash);
        return sha.digest();
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    private static void text(MessageDigest sha, String value) {
        bytes(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha, byte[] value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        sha.update(ByteBuffer.allocate(4).putInt(value.length).array());
        sha.update(value);
    }

    private static void number(MessageDigest sha, long value) {
        sha.update(ByteBuffer.allocate(8).putLong(value).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
