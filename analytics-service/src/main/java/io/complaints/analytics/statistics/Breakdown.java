package io.complaints.analytics.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** How the figures of a unit and period can be broken down: by what each complaint is. */
enum Breakdown {

    CATEGORY("category", (complaint, unit) -> complaint.category()),
    LEVEL("level", (complaint, unit) -> complaint.level() == null ? null : String.valueOf(complaint.level())),
    CHANNEL("channel", (complaint, unit) -> complaint.channel()),
    /** By responsible department; complaints not triaged yet have none (the group named null). */
    DEPARTMENT("department", (complaint, unit) -> complaint.department()),
    /**
     * By subordinate unit: each unit directly below the one asked about counts the complaints of its
     * own subtree (the same figures as asked of it); those received by the unit itself are grouped
     * under its own code.
     */
    UNIT("unit", ComplaintFacts::unitBelow);

    private final String parameter;
    private final BiFunction<ComplaintFacts, String, String> key;

    Breakdown(String parameter, BiFunction<ComplaintFacts, String, String> key) {
        this.parameter = parameter;
        this.key = key;
    }

    /** The value of the {@code by} parameter that asks for this breakdown. */
    String parameter() {
        return parameter;
    }

    /** The group a complaint falls in, counted at {@code unit} (one of its unit path). */
    String keyOf(ComplaintFacts complaint, String unit) {
        return key.apply(complaint, unit);
    }

    static Optional<Breakdown> named(String parameter) {
        return Arrays.stream(values()).filter(b -> b.parameter.equals(parameter)).findFirst();
    }

    static List<String> parameters() {
        return Arrays.stream(values()).map(Breakdown::parameter).toList();
    }
}
