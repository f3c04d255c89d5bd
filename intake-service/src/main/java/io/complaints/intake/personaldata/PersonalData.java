package io.complaints.intake.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.complaints.platform.personaldata.SealedText;

/**
 * The vault of complainants' personal data (crypto-shredding, PIPL 个人信息保护法 and GDPR erasure): texts
 * are sealed under the complainant's own data key before they are stored or published, and opened when
 * read; once the key is destroyed every sealed copy reads as erased, wherever it went.
 */
@Component
public class PersonalData {

    /**
     * The subscribing processing group of what an erasure does besides destroying the key (repeat-detection
     * hashes, portal codes): all of it in the transaction that stores the erasure.
     */
    public static final String ERASURE = "personal-data-erasure";

    private final DataKeys keys;

    PersonalData(DataKeys keys) {
        this.keys = keys;
    }

    /** A text as it opened: the text, or erased (its key destroyed). Text that was never sealed opens as itself. */
    public record Opened(String text, boolean erased) {

        static final Opened ERASED = new Opened(null, true);

        @Override
        public String toString() {
            return erased ? "Opened[erased]" : "Opened[personal data]";
        }
    }

    /** Seals texts under one complainant's key. */
    public interface Sealer {

        /** The sealed text; null stays null. */
        String seal(String text);
    }

    /** Opens sealed texts, looking each key up once. */
    public interface Opener {

        Opened open(String text);

        /** The text, or null when it was erased. */
        default String text(String text) {
            return open(text).text();
        }
    }

    /** Seals {@code text} under the key of complainant {@code keyId}, which must exist. */
    public String seal(String keyId, String text) {
        return sealerOf(keys.of(keyId)).seal(text);
    }

    /** Opens one text. */
    public Opened open(String text) {
        return opener().open(text);
    }

    /** The sealer of a complainant, their key created with their first complaint. */
    public Sealer sealer(String keyId, String complaintId) {
        DataKeys.State state = keys.of(keyId);
        return sealerOf(state instanceof DataKeys.Unknown ? keys.create(keyId, complaintId) : state);
    }

    /**
     * The sealer of texts to publish: under the complainant's key (created for a complaint stored before
     * sealing existed); once erased, every text is null (there is none left to publish anyway).
     */
    public Sealer publishing(String keyId, String complaintId) {
        return erased(keyId) ? text -> null : sealer(keyId, complaintId);
    }

    /** The sealer of a complaint's complainant, when the complaint has a key (complaints stored before sealing have none). */
    public Optional<Sealer> sealerOfComplaint(String complaintId) {
        DataKeys.State state = keys.ofComplaint(complaintId);
        return state instanceof DataKeys.Unknown ? Optional.empty() : Optional.of(sealerOf(state));
    }

    public Opener opener() {
        Map<String, DataKeys.State> known = new HashMap<>();
        return text -> {
            Optional<SealedText> sealed = SealedText.parse(text);
            if (sealed.isEmpty()) {
                return new Opened(text, false);
            }
            return switch (known.computeIfAbsent(sealed.get().keyId(), keys::of)) {
                case DataKeys.Present present -> new Opened(new String(
                        Aes.open(present.key(), present.keyId(), sealed.get().payload()), StandardCharsets.UTF_8), false);
                case DataKeys.Erased erased -> Opened.ERASED;
                case DataKeys.Unknown unknown -> new Opened(text, false); // not sealed by this intake: shown as it is
            };
        };
    }

    /** Whether the complainant's data was erased. */
    public boolean erased(String keyId) {
        return keys.of(keyId) instanceof DataKeys.Erased;
    }

    /** Destroys the complainant's key: false when it was already destroyed or never existed. */
    public boolean destroy(String keyId) {
        return keys.destroy(keyId);
    }

    private static Sealer sealerOf(DataKeys.State state) {
        if (!(state instanceof DataKeys.Present present)) {
            throw new IllegalStateException("no data key to seal with: " + state);
        }
        return text -> text == null ? null : SealedText.of(present.keyId(),
                Aes.seal(present.key(), present.keyId(), text.getBytes(StandardCharsets.UTF_8))).text();
    }
}
