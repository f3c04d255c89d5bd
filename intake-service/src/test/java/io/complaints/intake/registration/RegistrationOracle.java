package io.complaints.intake.registration;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code POST /api/complaints} must answer, where the documented contract makes it sure: a
 * body's verdict is given by the generator that made it (valid on purpose, or broken on purpose);
 * the Idempotency-Key's and the caller's ({@link Who}) are judged here. What the contract leaves
 * open is {@link Verdict#EITHER}.
 */
final class RegistrationOracle {

    enum Verdict {
        /** 201. */
        CREATED,
        /** A 4xx. */
        REFUSED,
        /** Not sure: only the invariants of every answer apply. */
        EITHER,
        /** 401 with a Bearer challenge: no token, or one that is no good. */
        UNAUTHENTICATED,
        /** 403: the caller's role or unit may not register this. */
        FORBIDDEN;

        Verdict and(Verdict other) {
            if (this == REFUSED || other == REFUSED) {
                return REFUSED;
            }
            return this == EITHER || other == EITHER ? EITHER : CREATED;
        }
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private RegistrationOracle() {
    }

    /**
     * The verdict on a request: the token is checked before anything else (401), then the role
     * (403); the body and the key next (400); the receiving unit last, by the complaint itself (403
     * unit-scope).
     */
    static Verdict verdict(Verdict body, Verdict headers, Who who) {
        Verdict request = body.and(headers);
        return switch (who.kind()) {
            case FORM_UNIT_AGENT, HQ_AGENT -> request;
            case HANDLER_OF_FORM_UNIT -> Verdict.FORBIDDEN;
            case OTHER_UNIT_AGENT -> request == Verdict.CREATED ? Verdict.FORBIDDEN : Verdict.REFUSED;
            default -> Verdict.UNAUTHENTICATED;
        };
    }

    /**
     * The verdict on the headers sent but the Authorization (a header not sent is absent). A key is
     * new when it was made for this very body and caller, so that it can only replay it.
     */
    static Verdict headers(Map<String, String> sent, boolean keyIsNew) {
        String key = sent.get(IDEMPOTENCY_KEY);
        Verdict keyed = key == null ? Verdict.CREATED : format(KEY, key);
        return keyed == Verdict.CREATED && key != null && !keyIsNew ? Verdict.EITHER : keyed;
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
