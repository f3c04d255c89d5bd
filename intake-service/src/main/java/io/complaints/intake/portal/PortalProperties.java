package io.complaints.intake.portal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The complainant self-service portal's settings.
 *
 * @param secret             the key of the HMACs that sign sessions and hash e-mail codes (a secret store)
 * @param emailCodeTtl       how long a one-time e-mail code is good for
 * @param emailCodeAttempts  wrong tries of one e-mail code before it is spent
 * @param emailCodeInterval  the least time between two codes sent to one address
 * @param wrongCodes         wrong tracking codes, per complaint number and per caller address, before a lockout
 * @param lockout            how long a lockout lasts; wrong codes are counted over this window too
 * @param sessionTtl         how long a session for one complaint lasts
 * @param secureCookie       the session cookie only over HTTPS; off for a local run over plain HTTP
 * @param requestsPerMinute  portal requests each caller address may make per minute (429 beyond)
 * @param trustedProxies     addresses of the gateway whose {@code X-Forwarded-For} names the caller
 * @param mailFrom           the sender of the e-mail codes
 */
@ConfigurationProperties("complaints.portal")
public record PortalProperties(
        String secret,
        @DefaultValue("10m") Duration emailCodeTtl,
        @DefaultValue("5") int emailCodeAttempts,
        @DefaultValue("60s") Duration emailCodeInterval,
        @DefaultValue("5") int wrongCodes,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("30m") Duration sessionTtl,
        @DefaultValue("true") boolean secureCookie,
        @DefaultValue("30") int requestsPerMinute,
        @DefaultValue("127.0.0.1") List<String> trustedProxies,
        @DefaultValue("complaints-noreply@localhost") String mailFrom) {
}
