package io.complaints.e2e.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.complaints.testsupport.KeycloakServer;

/**
 * The identity provider of the end-to-end tests: a real Keycloak from its Maven Central distribution
 * with the repository's realm, started once per test JVM on first use and stopped when it exits.
 * People's tokens are fetched once and kept for a few minutes (they live five).
 */
public final class SharedKeycloak {

    private static final Duration KEEP_TOKENS = Duration.ofMinutes(3);
    private static KeycloakServer keycloak;
    private static final Map<String, Held> TOKENS = new ConcurrentHashMap<>();

    private record Held(String bearer, long fetchedAt) {
    }

    private SharedKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (keycloak == null) {
            Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak"));
            Path realm = Path.of(System.getProperty("keycloak.realm-file", "../deploy/keycloak/complaints-realm.json"));
            keycloak = KeycloakServer.start(home, realm, Path.of("target/e2e-logs/keycloak.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "e2e-keycloak-shutdown"));
        }
        return keycloak;
    }

    /** {@code Bearer <token>} of a sample person, signed in with the development password. */
    public static String bearer(String username) {
        return TOKENS.compute(username, (name, held) -> held != null
                        && System.nanoTime() - held.fetchedAt() < KEEP_TOKENS.toNanos() ? held
                        : new Held("Bearer " + get().passwordToken(name, KeycloakServer.DEV_PASSWORD).accessToken(),
                                System.nanoTime()))
                .bearer();
    }
}
