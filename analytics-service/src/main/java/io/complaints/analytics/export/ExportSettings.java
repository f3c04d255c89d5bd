package io.complaints.analytics.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ledger exports, under {@code complaints.analytics.export}.
 *
 * @param timeout     how long one export may take before it is cut off
 * @param rowWindow   rows of a workbook held in memory before they go to its temporary file
 * @param cursorBatch rows fetched from the database at a time
 * @param perCaller   exports one caller may run at once; more are refused (429)
 * @param inAll       exports one instance runs at once, whoever asks; more are refused (429)
 */
@ConfigurationProperties("complaints.analytics.export")
record ExportSettings(@DefaultValue("PT30M") Duration timeout,
                      @DefaultValue("100") int rowWindow,
                      @DefaultValue("500") int cursorBatch,
                      @DefaultValue("2") int perCaller,
                      @DefaultValue("4") int inAll) {

    ExportSettings {
        if (perCaller < 1 || inAll < perCaller) {
            throw new IllegalStateException("complaints.analytics.export: per-caller must be at least 1 and in-all "
                    + "at least per-caller");
        }
    }
}
