package io.complaints.analytics;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TestTokens;

/**
 * Where a test's analytics-service finds its stores (the shared broker, and a database of its own)
 * and the identity provider whose access tokens it accepts ({@link Callers}).
 */
public final class TestStores {

    private TestStores() {
    }

    /** The shared broker, with the live feed consuming, and a fresh database named from the prefix. */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        Infrastructure infrastructure = Infrastructure.shared();
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", () -> infrastructure.mongoUri(databasePrefix + "_"
                + UUID.randomUUID().toString().substring(0, 8)));
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        // a test's database starts empty while the shared topics hold other tests' history: no rebuild by itself
        registry.add("complaints.analytics.rebuild.when-outdated", () -> "false");
    }

    /** As {@link #register}, with the live feed not started: the test applies the events itself. */
    public static void registerWithoutFeed(DynamicPropertyRegistry registry, String databasePrefix) {
        register(registry, databasePrefix);
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }
}
