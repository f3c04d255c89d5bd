package io.complaints.web.relay;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the four services answer; the console reaches them under {@code /api/<service>/…}.
 *
 * @param intake       intake-service (registration, evidence, amendments, contact look-ups)
 * @param handling     handling-service (cases, work lists)
 * @param analytics    analytics-service (ledger, timeline, statistics, escalation board)
 * @param notification notification-service (delivery log, live feed)
 */
@ConfigurationProperties("complaints.console.services")
public record ServiceAddresses(
        @DefaultValue("http://127.0.0.1:8081") URI intake,
        @DefaultValue("http://127.0.0.1:8082") URI handling,
        @DefaultValue("http://127.0.0.1:8083") URI analytics,
        @DefaultValue("http://127.0.0.1:8084") URI notification) {
}
