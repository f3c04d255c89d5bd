package io.complaints.intake.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A short-lived session for one complaint, held by the browser in a signed cookie ({@code HttpOnly},
 * {@code SameSite=Strict}, {@code Secure} unless run locally over HTTP): the complaint id and the
 * expiry, signed with the portal's secret. Nothing personal is in it; nothing is kept server-side.
 */
@Component
class PortalSessions {

    static final String COOKIE = "PORTAL_SESSION";

    private final PortalCrypto crypto;
    private final PortalProperties properties;
    private final Clock clock;

    PortalSessions(PortalCrypto crypto, PortalProperties properties, Clock clock) {
        this.crypto = crypto;
        this.properties = properties;
        this.clock = clock;
    }

    ResponseCookie open(String complaintId) {
        String value = complaintId + "." + clock.instant().plus(properties.sessionTtl()).getEpochSecond();
        return cookie(value + "." + crypto.sign(value), properties.sessionTtl().toSeconds());
    }

    ResponseCookie close() {
        return cookie("", 0);
    }

    /** The complaint of the request's session, if it has a valid, unexpired one. */
    Optional<String> complaintOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue)
                .map(this::verified).flatMap(Optional::stream).findFirst();
    }

    private Optional<String> verified(String value) {
        String[] parts = value.split("\\.");
        if (parts.length != 3 || !parts[1].matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        String signed = parts[0] + "." + parts[1];
        if (!PortalCrypto.same(crypto.sign(signed), parts[2])
                || !Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(parts[0]);
    }

    private ResponseCookie cookie(String value, long maxAgeSeconds) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(properties.secureCookie()).sameSite("Strict")
                .path("/").maxAge(maxAgeSeconds).build();
    }
}
