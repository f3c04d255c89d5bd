package io.complaints.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak for end-to-end tests: the unpacked distribution started as a child process on a free
 * port, the repository's realm ({@code deploy/keycloak/complaints-realm.json}) imported into an in-memory
 * database, so every start begins from the realm file. Closing it stops the whole process tree by PID.
 *
 * <pre>{@code
 * try (var keycloak = KeycloakServer.start(keycloakHome, realmFile, logFile)) {
 *     Token token = keycloak.passwordToken("shpd.agent", KeycloakServer.DEV_PASSWORD);
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "complaints";
    /** The public client that may exchange a user name and password for a token: DEVELOPMENT ONLY. */
    public static final String CLI_CLIENT = "complaints-cli";
    /** The password of every sample person in the realm file: DEVELOPMENT ONLY. */
    public static final String DEV_PASSWORD = "complaints";
    public static final String NOTIFICATION_CLIENT = "notification-service";
    /** notification-service's client secret in the realm file: DEVELOPMENT ONLY. */
    public static final String NOTIFICATION_DEV_SECRET = "dev-only-notification-secret";
    /** analytics-service's client secret in the realm file (it has intake open sealed texts): DEVELOPMENT ONLY. */
    public static final String ANALYTICS_DEV_SECRET = "dev-only-analytics-secret";

    /** Keycloak starts in 30-60 s on a quiet 2-core machine; 93 s were seen beside three other builds. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private KeycloakServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts Keycloak from its unpacked distribution with the realm file imported, and waits until the realm
     * answers (at most two minutes; a failure names the end of the log).
     *
     * @param keycloakHome the unpacked keycloak-quarkus-dist (the folder with {@code bin/kc.sh})
     * @param realmFile    the realm to import
     * @param log          where Keycloak's output goes
     */
    public static KeycloakServer start(Path keycloakHome, Path realmFile, Path log) {
        Path kc = keycloakHome.resolve("bin").resolve("kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException(kc + " is missing: the build unpacks Keycloak (./mvnw verify in e2e)");
        }
        int port = freePort();
        try {
            Path imports = Files.createDirectories(keycloakHome.resolve("data").resolve("import"));
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.toAbsolutePath().getParent());
            // through bash: an unpacked zip does not always keep the script's executable bit
            var builder = new ProcessBuilder("bash", kc.toString(), "start-dev", "--import-realm", "--db=dev-mem",
                    "--http-host=127.0.0.1", "--http-port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            KeycloakServer server = new KeycloakServer(builder.start(), log, port);
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + keycloakHome, e);
        }
    }

    public URI issuerUri() {
        return URI.create("http://127.0.0.1:" + port + "/realms/" + REALM);
    }

    public URI jwkSetUri() {
        return URI.create(issuerUri() + "/protocol/openid-connect/certs");
    }

    public URI tokenUri() {
        return URI.create(issuerUri() + "/protocol/openid-connect/token");
    }

    /** A person's token through {@link #CLI_CLIENT} (resource owner password grant: DEVELOPMENT ONLY). */
    public Token passwordToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password));
    }

    /** A service's token through the client credentials grant. */
    public Token clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** Stops Keycloak and every process it started, by PID; returns when they are gone. */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().collect(Collectors.toList());
        tree.addFirst(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                handle.destroyForcibly();
            }
        }
    }

    private void awaitRealm() {
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try {
            // waiting for the process to end is the poll interval: an early exit is seen at once
            while (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                if (status(discovery) == 200) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException("Keycloak did not answer " + discovery + " within " + START_TIMEOUT
                            + "; the end of " + log + ":\n" + logTail());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while Keycloak started", e);
        }
        throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; the end of " + log + ":\n"
                + logTail());
    }

    private Token token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(tokenUri()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TokenRefused(response.statusCode(), response.body());
            }
            return Token.of(JSON.readTree(response.body()).path("access_token").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + tokenUri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + tokenUri(), e);
        }
    }

    private static int status(URI uri) {
        try {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An access token and its claims (decoded, not verified: the services verify). */
    public record Token(String accessToken, Map<String, Object> claims) {

        static Token of(String accessToken) {
            String[] parts = accessToken.split("\\.");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a JWT: " + accessToken);
            }
            try {
                byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
                return new Token(accessToken, JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the claims of " + accessToken, e);
            }
        }

        public Object claim(String name) {
            return claims.get(name);
        }

        /** {@code aud}: one string or a list of them. */
        public List<String> audience() {
            Object aud = claims.get("aud");
            return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : aud == null ? List.of() : List.of(String.valueOf(aud));
        }

        /** {@code realm_access.roles}. */
        public List<String> realmRoles() {
            return claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof List<?> roles
                    ? roles.stream().map(String::valueOf).toList() : List.of();
        }
    }

    /** The token endpoint said no, e.g. {@code 401 invalid_grant} for a wrong password. */
    public static final class TokenRefused extends RuntimeException {

        private final int status;

        TokenRefused(int status, String body) {
            super("token refused: " + status + " " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
