package io.complaints.analytics.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** How the figures of a unit and period can be broken down: by what each complaint is. */
enum Breakdown {

    CATEGORY("category", ComplaintFacts::category),
    LEVEL("level", complaint -> complaint.level() == null ? null : String.valueOf(complaint.level())),
    CHANNEL("channel", ComplaintFacts::channel),
    /** By responsible department; complaints not triaged yet have none (the group named null). */
    DEPARTMENT("department", ComplaintFacts::department);

    private final String parameter;
    private final Function<ComplaintFacts, String> key;

    Breakdown(String parameter, Function<ComplaintFacts, String> key) {
        this.parameter = parameter;
        this.key = key;
    }

    /** The value of the {@code by} parameter that asks for this breakdown. */
    String parameter() {
        return parameter;
    }

    /** The group a complaint falls in. */
    String keyOf(ComplaintFacts complaint) {
        return key.apply(complaint);
    }

    static Optional<Breakdown> named(String parameter) {
        return Arrays.stream(values()).filter(b -> b.parameter.equals(parameter)).findFirst();
    }

    static List<String> parameters() {
        return Arrays.stream(values()).map(Breakdown::parameter).toList();
    }
}
