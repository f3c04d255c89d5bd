package io.complaints.platform.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one caller may ask of one instance of a service.
 *
 * @param maxBodySize       the largest request body other than a file upload (those have
 *                          {@code spring.servlet.multipart.*}); larger ones get 413
 * @param requestsPerSecond the steady rate each caller may keep up (a signed-in actor by id, others by address)
 * @param burst             how many requests a caller may send at once above that rate
 * @param idleCallers       how long a caller's allowance is remembered after its last request
 */
@ConfigurationProperties("complaints.limits")
public record LimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("100") int requestsPerSecond,
        @DefaultValue("400") int burst,
        @DefaultValue("10m") Duration idleCallers) {
}
