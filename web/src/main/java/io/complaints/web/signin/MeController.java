package io.complaints.web.signin;

import java.text.ParseException;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

/**
 * {@code GET /api/me}: who is signed in, as the services will see them: id, name, unit, department and
 * roles, read from the claims of the access token the relay sends (the one the console received from
 * the identity provider's token endpoint). The console decides what to show from it; the services
 * decide what is allowed.
 */
@RestController
class MeController {

    record Me(String id, String name, String unit, String department, List<String> roles) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal OidcUser user,
          @RegisteredOAuth2AuthorizedClient(SignInConfiguration.REGISTRATION) OAuth2AuthorizedClient client)
            throws ParseException {
        JWTClaimsSet claims = JWTParser.parse(client.getAccessToken().getTokenValue()).getJWTClaimsSet();
        String id = firstNonNull(claims.getStringClaim("preferred_username"), claims.getSubject());
        String name = firstNonNull(user.getFullName(), id);
        return new Me(id, name, claims.getStringClaim("unit"), claims.getStringClaim("department"), roles(claims));
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> roles)) {
            return List.of();
        }
        return ((List<Object>) roles).stream().map(String::valueOf).filter(role -> role.equals(role.toUpperCase())).sorted().toList();
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
