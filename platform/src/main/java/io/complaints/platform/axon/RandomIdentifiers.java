package io.complaints.platform.axon;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

import org.axonframework.common.IdentifierFactory;

/**
 * Random (version 4) UUIDs drawn from one DRBG per thread, for every message Axon creates (a command,
 * each event, each result: several per registration) and for the identifiers the services make.
 * <p>
 * {@link UUID#randomUUID()} draws every identifier from one process-wide {@code NativePRNG}, whose
 * reads are synchronised: a profile of intake under load showed request threads queueing on that
 * lock, inside the transaction that stores the events, so they held their database connections
 * while they waited. A DRBG per thread needs no lock and is as unpredictable (seeded from the
 * operating system's entropy when the thread first asks).
 * <p>
 * Axon finds this factory through {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class RandomIdentifiers extends IdentifierFactory {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomIdentifiers::newRandom);

    /** A new random UUID (version 4, IETF variant). */
    public static UUID next() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    @Override
    public String generateIdentifier() {
        return next().toString();
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException noDrbg) {
            return new SecureRandom();
        }
    }
}
