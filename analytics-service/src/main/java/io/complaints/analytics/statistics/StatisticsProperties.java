package io.complaints.analytics.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics.
 *
 * @param recomputeEvery how soon after a change the figures show it: the pause between two
 *                       recomputes of the months out of date
 * @param topCauses      how many causes the year-end summary lists
 */
@ConfigurationProperties("complaints.analytics.statistics")
public record StatisticsProperties(@DefaultValue("1s") Duration recomputeEvery, @DefaultValue("10") int topCauses) {

    public StatisticsProperties {
        if (recomputeEvery.isNegative() || recomputeEvery.isZero()) {
            throw new IllegalStateException("complaints.analytics.statistics.recompute-every must be positive");
        }
        if (topCauses < 1) {
            throw new IllegalStateException("complaints.analytics.statistics.top-causes must be at least 1");
        }
    }
}
