package io.complaints.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once and then known until it expires; a refused one is verified every time. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final MovingClock clock = new MovingClock();
    private final List<String> verifications = new ArrayList<>();

    /** Verifies "good-…" tokens, expiring five minutes after the clock's time at verification; refuses others. */
    private final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("signature does not verify");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("shpd.agent")
                .issuedAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofMinutes(5))).build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock, nanos::get);

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainBeforeItExpires() {
        Jwt first = tokens.decode("good-1");
        advance(Duration.ofMinutes(4));
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("good-1");
    }

    @Test
    void anExpiredTokenGoesToTheVerifierAgain() {
        tokens.decode("good-1");
        advance(Duration.ofMinutes(5));
        tokens.decode("good-1");

        assertThat(verifications).containsExactly("good-1", "good-1");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverKept() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void tokensAreKeptByTheirExactText() {
        tokens.decode("good-1");
        tokens.decode("good-2");

        assertThat(verifications).containsExactly("good-1", "good-2");
    }

    private void advance(Duration by) {
        clock.now = clock.now.plus(by);
        nanos.addAndGet(by.toNanos());
    }

    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
