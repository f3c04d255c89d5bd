package io.complaints.notification.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhook endpoints people's notifications are posted to ({@code complaints.notifications.webhooks.endpoints.<name>}).
 */
@ConfigurationProperties("complaints.notifications.webhooks")
public record WebhookProperties(@DefaultValue Map<String, Endpoint> endpoints) {

    public WebhookProperties {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }

    /**
     * @param url     where notifications are posted (http or https)
     * @param secret  the key of the HMAC-SHA256 signature the receiver checks; at least 16 characters
     * @param timeout how long to wait for the receiver's answer
     */
    public record Endpoint(URI url, String secret, @DefaultValue("5s") Duration timeout) {

        public Endpoint {
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException("a webhook endpoint needs an http or https url");
            }
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException("a webhook endpoint needs a secret of at least 16 characters");
            }
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }

        /** Neither the secret nor the URL (which may hold a token) go to logs. */
        @Override
        public String toString() {
            return "Endpoint[secret and url hidden]";
        }
    }
}
