package io.complaints.analytics.ledger;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and as whom the ledger has intake open the complainants' sealed texts
 * ({@code complaints.analytics.intake}): intake's address, the OIDC provider's token endpoint, and this
 * service's client there (role SERVICE).
 *
 * @param clientSecret a secret; the development one, in the {@code local} profile only, starts with {@code dev-only-}
 */
@ConfigurationProperties("complaints.analytics.intake")
public record IntakeTextsProperties(
        @DefaultValue("http://127.0.0.1:8081") URI url,
        URI tokenUri,
        @DefaultValue("analytics-service") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration timeout) {

    /** Whether intake can be asked: a token endpoint and a secret are set. */
    public boolean configured() {
        return tokenUri != null && clientSecret != null && !clientSecret.isBlank();
    }

    /** The secret never goes to logs. */
    @Override
    public String toString() {
        return "IntakeTextsProperties[url=" + url + ", tokenUri=" + tokenUri + ", clientId=" + clientId
                + ", clientSecret hidden, timeout=" + timeout + "]";
    }
}
