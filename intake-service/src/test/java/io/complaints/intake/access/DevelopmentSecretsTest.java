package io.complaints.intake.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.complaints.platform.security.DevelopmentSecretsGuard;
import io.complaints.platform.security.SecurityProperties;

/**
 * intake's secret settings are guarded: with the development keys of profile {@code local} it starts
 * only in that profile; elsewhere it needs keys of its own. Read from intake's own application.yml and
 * application-local.yml.
 */
class DevelopmentSecretsTest {

    private final ApplicationContextRunner intake = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Guarded.class);

    @Test
    void theDevelopmentKeysStartTheServiceInTheLocalProfile() {
        intake.withPropertyValues("spring.profiles.active=local")
                .run(context -> assertThat(context).hasNotFailed()
                        .getBean(Guarded.class).extracting(guarded -> guarded.currentKey)
                        .asString().startsWith(DevelopmentSecretsGuard.DEVELOPMENT_PREFIX));
    }

    @Test
    void withADevelopmentKeyOutsideTheLocalProfileTheServiceRefusesToStart() {
        intake.withPropertyValues("complaints.intake.contact-keys.current=v2",
                        "complaints.intake.contact-keys.keys.v2=dev-only-contact-key-v2")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("refusing to start with development or missing secrets")
                        .hasMessageContaining("complaints.intake.contact-keys.keys.v2"));
    }

    @Test
    void withoutAnyKeyOutsideTheLocalProfileTheServiceRefusesToStart() {
        intake.run(context -> assertThat(context).hasFailed().getFailure()
                .hasMessageContaining("refusing to start with development or missing secrets"));
    }

    @Test
    void withAKeyOfItsOwnTheServiceStartsAnywhere() {
        intake.withPropertyValues("complaints.intake.contact-keys.current=v3",
                        "complaints.intake.contact-keys.keys.v3=7d3f0c2e-a-key-from-the-secret-store",
                        "complaints.portal.secret=5b1e9a4c-a-portal-key-from-the-secret-store",
                        "complaints.intake.personal-data.master-key=0c9d7e61-a-master-key-from-the-secret-store")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void withoutTheMasterKeyOfPersonalDataOutsideTheLocalProfileTheServiceRefusesToStart() {
        intake.withPropertyValues("complaints.intake.contact-keys.current=v3",
                        "complaints.intake.contact-keys.keys.v3=7d3f0c2e-a-key-from-the-secret-store",
                        "complaints.portal.secret=5b1e9a4c-a-portal-key-from-the-secret-store")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("complaints.intake.personal-data.master-key"));
    }

    @Test
    void withoutThePortalsOwnSecretOutsideTheLocalProfileTheServiceRefusesToStart() {
        intake.withPropertyValues("complaints.intake.contact-keys.current=v3",
                        "complaints.intake.contact-keys.keys.v3=7d3f0c2e-a-key-from-the-secret-store")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("complaints.portal.secret"));
    }

    /** The platform's guard over intake's configuration, as every service has it. */
    @Configuration
    @EnableConfigurationProperties(SecurityProperties.class)
    static class Guarded {

        @Value("${complaints.intake.contact-keys.keys.${complaints.intake.contact-keys.current:none}:none}")
        String currentKey;

        @Bean
        DevelopmentSecretsGuard developmentSecretsGuard(Environment environment, SecurityProperties security) {
            return new DevelopmentSecretsGuard(environment, security.secretProperties());
        }
    }
}
