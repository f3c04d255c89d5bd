package io.complaints.notification.complainant;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.complaints.notification.directory.Language;

/**
 * Reaching complainants ({@code complaints.notifications.complainant}): their contact comes from
 * intake's authorised endpoint at send time, for the purpose NOTIFICATION, and is never stored. This
 * service asks as itself, with an access token it obtains from the organisation's OIDC provider by
 * client credentials; intake records the token's subject with every look-up.
 *
 * @param intakeUrl    where intake-service answers
 * @param tokenUri     the OIDC provider's token endpoint, e.g. Keycloak's
 *                     {@code …/realms/complaints/protocol/openid-connect/token}
 * @param clientId     this service's client at the provider
 * @param clientSecret that client's secret: a secret ({@code complaints.security.secret-properties}); the
 *                     development one, in the {@code local} profile only, starts with {@code dev-only-}
 * @param timeout      how long to wait for intake's or the token endpoint's answer
 * @param language     the language of messages to complainants
 */
@ConfigurationProperties("complaints.notifications.complainant")
public record ComplainantProperties(
        @DefaultValue("http://127.0.0.1:8081") URI intakeUrl,
        URI tokenUri,
        @DefaultValue("notification-service") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("zh-CN") Language language) {

    public ComplainantProperties {
        if (tokenUri == null || !("http".equals(tokenUri.getScheme()) || "https".equals(tokenUri.getScheme()))) {
            throw new IllegalArgumentException("complaints.notifications.complainant.token-uri must be the OIDC "
                    + "provider's token endpoint (http or https): complainants' contacts are asked of intake with a "
                    + "client-credentials token");
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("complaints.notifications.complainant.client-id and .client-secret are "
                    + "required: this service's client at the OIDC provider");
        }
    }

    /** The secret never goes to logs. */
    @Override
    public String toString() {
        return "ComplainantProperties[intakeUrl=" + intakeUrl + ", tokenUri=" + tokenUri + ", clientId=" + clientId
                + ", clientSecret hidden, timeout=" + timeout + ", language=" + language + "]";
    }
}
