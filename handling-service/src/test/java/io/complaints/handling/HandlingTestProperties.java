package io.complaints.handling;

import java.util.HashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;

/**
 * Points handling under test at the shared infrastructure and at the test identity provider
 * ({@link TestTokens#shared()}); tests run it in the {@code local} profile.
 */
public final class HandlingTestProperties {

    public static final String PROFILE = "local";

    private HandlingTestProperties() {
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        ServiceProperties.eventSourced(registry, database);
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same, for an instance started by hand, with the profile. */
    public static Map<String, Object> of(String database) {
        Map<String, Object> properties = new HashMap<>(ServiceProperties.eventSourced(database));
        properties.putAll(TestTokens.shared().resourceServerProperties());
        properties.put("spring.profiles.active", PROFILE);
        return properties;
    }
}
