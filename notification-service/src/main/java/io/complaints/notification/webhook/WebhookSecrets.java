package io.complaints.notification.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.complaints.platform.security.DevelopmentSecretsGuard;

/**
 * Every configured webhook endpoint's secret is a secret setting: outside the {@code local} profile
 * the service does not start when one is a development value ({@code dev-only-…}), whatever the
 * endpoint is called, without anybody having to list it in {@code complaints.security.secret-properties}.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecrets {

    @Bean
    DevelopmentSecretsGuard webhookSecretsGuard(Environment environment, WebhookProperties webhooks) {
        return new DevelopmentSecretsGuard(environment, webhooks.endpoints().keySet().stream()
                .map(name -> "complaints.notifications.webhooks.endpoints." + name + ".secret").toList());
    }
}
