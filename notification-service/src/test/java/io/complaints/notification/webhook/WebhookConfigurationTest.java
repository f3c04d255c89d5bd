package io.complaints.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.notification.Yaml;
import io.complaints.notification.directory.Directory;
import io.complaints.notification.template.Templates;
import io.complaints.platform.tracing.EventTracing;

/** {@code complaints.notifications.webhooks} as the service checks it at start-up, against the directory. */
class WebhookConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Directory.class, Templates.class, WebhookSender.class, WebhookSecrets.class)
            .withBean(ObjectMapper.class).withBean(Clock.class, Clock::systemUTC)
            .withBean(EventTracing.class, EventTracing::off);

    @Test
    void startsWhenEveryEndpointThePeopleNameIsConfigured() {
        Yaml.with(runner, """
                complaints.notifications:
                  directory.people: [{ id: ops.duty, unit: HQ, roles: [hq-supervisor], webhook: ops }]
                  webhooks.endpoints.ops: { url: "https://chat.example.com/hooks/complaints", secret: a-secret-of-16+chars }
                """).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(WebhookProperties.class).endpoints().get("ops").toString())
                    .doesNotContain("a-secret-of-16+chars", "chat.example.com");
        });
    }

    @Test
    void refusesAnEndpointNobodyConfigured() {
        Yaml.with(runner, """
                complaints.notifications.directory.people: [{ id: ops.duty, unit: HQ, roles: [hq-supervisor], webhook: ops }]
                """).run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                "complaints.notifications.directory names webhook endpoints that "
                        + "complaints.notifications.webhooks.endpoints does not configure: [ops]"));
    }

    @Test
    void refusesAShortSecretAndAnUrlThatIsNotHttp() {
        Yaml.with(runner, """
                complaints.notifications.webhooks.endpoints.ops: { url: "https://chat.example.com/h", secret: short }
                """).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("a webhook endpoint needs a secret of at least 16 characters"));
        Yaml.with(runner, """
                complaints.notifications.webhooks.endpoints.ops: { url: "ftp://chat.example.com/h", secret: a-secret-of-16+chars }
                """).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("a webhook endpoint needs an http or https url"));
    }

    @Test
    void refusesADevelopmentSecretOutsideTheLocalProfile() {
        String endpoint = """
                complaints.notifications:
                  webhooks.endpoints.ops: { url: "https://chat.example.com/h", secret: dev-only-webhook-secret }
                """;
        Yaml.with(runner, endpoint).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("complaints.notifications.webhooks.endpoints.ops.secret"));
        Yaml.with(runner.withPropertyValues("spring.profiles.active=local"), endpoint)
                .run(context -> assertThat(context).hasNotFailed());
    }
}
