package io.complaints.platform.security;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * No service starts outside the {@value #LOCAL_PROFILE} profile with a development secret: a value of
 * one of the service's secret settings ({@code complaints.security.secret-properties}) that begins
 * with {@value #DEVELOPMENT_PREFIX}, as the shipped defaults do, or is empty.
 */
public final class DevelopmentSecretsGuard implements SmartInitializingSingleton {

    public static final String LOCAL_PROFILE = "local";
    public static final String DEVELOPMENT_PREFIX = "dev-only-";

    private final Environment environment;
    private final List<String> secretProperties;

    public DevelopmentSecretsGuard(Environment environment, List<String> secretProperties) {
        this.environment = environment;
        this.secretProperties = List.copyOf(secretProperties);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        List<String> unsafe = secretProperties.stream()
                .filter(name -> {
                    String value = environment.getProperty(name);
                    return value == null || value.isBlank() || value.startsWith(DEVELOPMENT_PREFIX);
                })
                .toList();
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("refusing to start with development or missing secrets outside the '"
                    + LOCAL_PROFILE + "' profile: set " + String.join(", ", unsafe)
                    + " from the environment or a secret store");
        }
    }
}
