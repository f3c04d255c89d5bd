package io.complaints.handling.whatif;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one what-if replay may take on ({@code complaints.what-if}). The replay holds the histories of
 * the period's cases in memory and replays each twice, so both bounds keep one request to seconds.
 *
 * @param maxMonths at most this many months in one period
 * @param maxCases  at most this many cases opened in the period (in the unit and below), else refused
 */
@ConfigurationProperties("complaints.what-if")
public record WhatIfProperties(@DefaultValue("12") int maxMonths, @DefaultValue("5000") int maxCases) {

    public WhatIfProperties {
        if (maxMonths < 1 || maxCases < 1) {
            throw new IllegalArgumentException("complaints.what-if: max-months and max-cases must be at least 1");
        }
    }
}
