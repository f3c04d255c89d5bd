package io.complaints.analytics.readmodel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of a question about the past ({@link PastReplay}), under {@code complaints.analytics.past}.
 *
 * @param maxRecords records of the topics one question may replay; a longer history is refused (409)
 *                   before anything is read
 * @param timeout    how long one replay may take before it is given up (409)
 * @param perCaller  replays one caller may run at once; more are refused (429)
 * @param inAll      replays one instance runs at once, whoever asks; more are refused (429)
 */
@ConfigurationProperties("complaints.analytics.past")
record PastReplaySettings(@DefaultValue("2000000") long maxRecords,
                          @DefaultValue("PT2M") Duration timeout,
                          @DefaultValue("1") int perCaller,
                          @DefaultValue("2") int inAll) {

    PastReplaySettings {
        if (maxRecords < 1 || timeout.isNegative() || timeout.isZero() || perCaller < 1 || inAll < perCaller) {
            throw new IllegalStateException("complaints.analytics.past: max-records and timeout must be positive,"
                    + " per-caller at least 1 and in-all at least per-caller");
        }
    }
}
