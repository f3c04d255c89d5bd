package io.complaints.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Access tokens already verified, kept until they expire: a person's console or a service sends the same
 * token with every request for its whole life, and verifying it again each time (parsing, the RSA
 * signature, the claims) was a sixth of intake's CPU per registration. Only a token that passed every check of
 * the decoder it wraps is kept, by its exact text, never past its own expiry time; a refused one is checked
 * again each time. A signing key withdrawn from the issuer's key set stops new tokens at once, and tokens
 * signed with it that were verified before at their expiry (minutes).
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder verifier, int capacity, Clock clock, Ticker ticker) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).ticker(ticker)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> timeLeft(jwt))).build();
    }

    public VerifiedTokens(JwtDecoder verifier, int capacity) {
        this(verifier, capacity, Clock.systemUTC(), Ticker.systemTicker());
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && !expired(known)) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (!timeLeft(jwt).isZero()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private boolean expired(Jwt jwt) {
        return jwt.getExpiresAt() == null || !clock.instant().isBefore(jwt.getExpiresAt());
    }

    private Duration timeLeft(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
