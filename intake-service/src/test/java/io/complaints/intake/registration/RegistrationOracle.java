package io.complaints.intake.registration;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code POST /api/complaints} must answer, where the documented contract makes it sure: a
 * body's verdict is given by the generator that made it (valid on purpose, or broken on purpose);
 * the headers' verdict is judged here. What the contract leaves open is {@link Verdict#EITHER}.
 */
final class RegistrationOracle {

    enum Verdict {
        /** 201. */
        CREATED,
        /** A 4xx. */
        REFUSED,
        /** Not sure: only the invariants of every answer apply. */
        EITHER;

        Verdict and(Verdict other) {
            if (this == REFUSED || other == REFUSED) {
                return REFUSED;
            }
            return this == EITHER || other == EITHER ? EITHER : CREATED;
        }
    }

    static final String ACTOR_ID = "X-Actor-Id";
    static final String ACTOR_UNIT = "X-Actor-Unit";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private RegistrationOracle() {
    }

    /**
     * The verdict on the headers sent (a header not sent is absent). An actor is both headers or
     * neither; a key is new when it was made for this very body, so that it can only replay it.
     */
    static Verdict headers(Map<String, String> sent, boolean keyIsNew) {
        String id = sent.get(ACTOR_ID);
        String unit = sent.get(ACTOR_UNIT);
        String key = sent.get(IDEMPOTENCY_KEY);
        Verdict actor;
        if (id == null && unit == null) {
            actor = Verdict.CREATED;
        } else if (id == null || unit == null) {
            actor = isBlank(id == null ? unit : id) ? Verdict.EITHER : Verdict.REFUSED;
        } else {
            actor = format(ID, id).and(format(UNIT, unit));
        }
        Verdict keyed = key == null ? Verdict.CREATED : format(KEY, key);
        return actor.and(keyed == Verdict.CREATED && key != null && !keyIsNew ? Verdict.EITHER : keyed);
    }

    /**
     * REFUSED for a value that breaks the format even without the blanks around it (which HTTP does
     * not count as part of a header), EITHER for a blank one (it may count as not sent).
     */
    private static Verdict format(Pattern format, String value) {
        if (format.matcher(value).matches()) {
            return Verdict.CREATED;
        }
        return isBlank(value) || format.matcher(trimmed(value)).matches() ? Verdict.EITHER : Verdict.REFUSED;
    }

    private static boolean isBlank(String header) {
        return trimmed(header).isEmpty();
    }

    private static String trimmed(String header) {
        return header.replaceAll("^[ \t]+|[ \t]+$", "");
    }
}
