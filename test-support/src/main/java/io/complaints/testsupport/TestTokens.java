package io.complaints.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * An identity provider for tests: a signing key whose public half is served as a JWK set on
 * 127.0.0.1, and access tokens shaped like the real provider's (issuer, audience
 * {@value #AUDIENCE}, {@code preferred_username}, {@code unit}, {@code department},
 * {@code realm_access.roles}), valid or broken on purpose. Services under test are pointed at it
 * with {@link #resourceServerProperties()}.
 */
public final class TestTokens implements AutoCloseable {

    public static final String AUDIENCE = "complaints-api";

    private static TestTokens shared;

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final HttpServer jwks;
    private final String issuer;

    private TestTokens() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
            jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("cannot set up the test identity provider", e);
        }
        byte[] keys = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (var body = exchange.getResponseBody()) {
                body.write(keys);
            }
        });
        jwks.start();
        issuer = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/realms/test";
    }

    /** The provider all tests of this JVM share, started on first use and stopped when the JVM exits. */
    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-tokens-shutdown"));
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
    }

    /** The standard Spring properties that point a service at this provider. */
    public Map<String, String> resourceServerProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer());
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri());
        properties.put("spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
        return properties;
    }

    /** The same, as environment variables for a service started as its own process. */
    public Map<String, String> resourceServerEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        resourceServerProperties().forEach((name, value) ->
                environment.put(name.toUpperCase().replace('.', '_').replace("-", ""), value));
        return environment;
    }

    /** A token for {@code id} of {@code unit} holding {@code roles}; refine it before {@link Token#encode()}. */
    public Token of(String id, String unit, String... roles) {
        return new Token(id, unit, List.of(roles));
    }

    /** An access token being made; valid unless broken on purpose. */
    public final class Token {

        private final String id;
        private final String unit;
        private final List<String> roles;
        private String department;
        private String tokenIssuer = issuer;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private RSAKey key = signingKey;

        private Token(String id, String unit, List<String> roles) {
            this.id = id;
            this.unit = unit;
            this.roles = roles;
        }

        public Token department(String code) {
            this.department = code;
            return this;
        }

        public Token expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(5));
            return this;
        }

        public Token issuer(String otherIssuer) {
            this.tokenIssuer = otherIssuer;
            return this;
        }

        public Token audience(String otherAudience) {
            this.audience = otherAudience;
            return this;
        }

        /** Signed with another key under the same key id: a forged token. */
        public Token forged() {
            this.key = strangerKey;
            return this;
        }

        /** The compact JWT. */
        public String encode() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString())
                    .issuer(tokenIssuer)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("preferred_username", id)
                    .claim("unit", unit)
                    .claim("realm_access", Map.of("roles", new ArrayList<>(roles)));
            if (department != null) {
                claims.claim("department", department);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** The value of an {@code Authorization} header. */
        public String bearer() {
            return "Bearer " + encode();
        }
    }

    @Override
    public void close() {
        jwks.stop(0);
    }
}
