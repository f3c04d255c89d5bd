package io.complaints.analytics.readmodel;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.complaints.platform.RulesViolatedException;

/** An instant a question about the past names: an ISO-8601 instant, not in the future. */
public final class PastInstant {

    private PastInstant() {
    }

    /**
     * The instant {@code text} names, e.g. {@code 2026-11-05T16:00:00Z}.
     *
     * @throws RulesViolatedException naming {@code field}: malformed ({@code type}) or after {@code now}
     *                                ({@code past})
     */
    public static Instant parse(String field, String text, Instant now) {
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw RulesViolatedException.ofField(field, "type",
                    "must be an ISO-8601 instant with its offset, e.g. 2026-11-05T16:00:00Z");
        }
        requirePast(field, instant, now);
        return instant;
    }

    /** Refuses an instant after {@code now}, naming {@code field} (rule {@code past}). */
    public static void requirePast(String field, Instant instant, Instant now) {
        if (instant.isAfter(now)) {
            throw RulesViolatedException.ofField(field, "past", "must not be in the future (it is " + now + " now)");
        }
    }
}
