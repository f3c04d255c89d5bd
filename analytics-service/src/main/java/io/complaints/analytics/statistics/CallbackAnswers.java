package io.complaints.analytics.statistics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.complaints.events.Satisfaction;

/**
 * What the callback form (回访) asks besides overall satisfaction, counted over callbacks: satisfaction with
 * timeliness, where the complainant answered it, and how the complainant was reached. Callbacks recorded
 * before the form asked these count in neither. Adds up like {@link Tally}.
 *
 * @param timelinessAnswers   callbacks that answered satisfaction with timeliness
 * @param timelinessSatisfied of which satisfied or fairly satisfied
 * @param byMethod            callbacks per method (PHONE, VISIT, MESSAGE), by name
 */
record CallbackAnswers(long timelinessAnswers, long timelinessSatisfied, Map<String, Long> byMethod) {

    static final CallbackAnswers NONE = new CallbackAnswers(0, 0, Map.of());

    CallbackAnswers {
        byMethod = byMethod == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byMethod));
    }

    /** The answers of one complaint's callbacks: satisfaction with timeliness and the method, each by event id. */
    static CallbackAnswers of(Map<String, String> timeliness, Map<String, String> methods) {
        long answers = timeliness == null ? 0 : timeliness.size();
        long satisfied = timeliness == null ? 0 : timeliness.values().stream()
                .filter(answer -> Satisfaction.valueOf(answer).counts()).count();
        Map<String, Long> byMethod = new TreeMap<>();
        if (methods != null) {
            methods.values().forEach(method -> byMethod.merge(method, 1L, Long::sum));
        }
        return new CallbackAnswers(answers, satisfied, byMethod);
    }

    CallbackAnswers plus(CallbackAnswers other) {
        Map<String, Long> methods = new TreeMap<>(byMethod);
        other.byMethod.forEach((method, count) -> methods.merge(method, count, Long::sum));
        return new CallbackAnswers(timelinessAnswers + other.timelinessAnswers,
                timelinessSatisfied + other.timelinessSatisfied, methods);
    }
}
