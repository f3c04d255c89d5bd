package io.complaints.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import io.complaints.platform.Actor;
import io.complaints.platform.Role;

class TokenActorsTest {

    private final TokenActors actors = new TokenActors(new SecurityProperties.Claims("preferred_username", "unit",
            "department", "realm_access.roles"));

    @Test
    void theActorIsWhoTheClaimsName() {
        Jwt token = token(Map.of("preferred_username", "handler.wang", "unit", "SH-PD", "department", "billing",
                "realm_access", Map.of("roles", List.of("HANDLER", "CALLBACK_AGENT", "offline_access"))));

        Actor actor = actors.convert(token).getPrincipal();

        assertThat(actor).isEqualTo(new Actor("handler.wang", "SH-PD", java.util.Set.of(Role.HANDLER, Role.CALLBACK_AGENT),
                "billing"));
        assertThat(actors.convert(token).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_HANDLER", "ROLE_CALLBACK_AGENT");
    }

    @Test
    void noTokenGrantsTheSystemRole() {
        Jwt token = token(Map.of("preferred_username", "mallory", "unit", "HQ",
                "realm_access", Map.of("roles", List.of("SYSTEM", "OPERATOR"))));

        assertThat(actors.convert(token).getPrincipal().roles()).containsExactly(Role.OPERATOR);
    }

    @Test
    void noTokenGrantsTheComplainantsRole() {
        Jwt token = token(Map.of("preferred_username", "mallory", "unit", "SH-PD",
                "realm_access", Map.of("roles", List.of("COMPLAINANT", "HANDLER"))));

        assertThat(actors.convert(token).getPrincipal().roles()).containsExactly(Role.HANDLER);
    }

    @Test
    void withoutAUsernameTheSubjectActs() {
        Jwt token = token(Map.of("sub", "service-account-x", "unit", "HQ"));

        assertThat(actors.convert(token).getPrincipal().id()).isEqualTo("service-account-x");
        assertThat(actors.validator().validate(token).hasErrors()).isFalse();
    }

    @Test
    void aTokenWithoutAWellFormedUnitOrDepartmentIsInvalid() {
        assertThat(actors.validator().validate(token(Map.of("preferred_username", "a"))).getErrors())
                .singleElement().satisfies(error -> assertThat(error.getDescription()).contains("unit"));
        assertThat(actors.validator().validate(token(Map.of("preferred_username", "a", "unit", "sh pd"))).hasErrors())
                .isTrue();
        assertThat(actors.validator().validate(token(Map.of("preferred_username", "a", "unit", "SH",
                "department", "bad dept!"))).getErrors())
                .singleElement().satisfies(error -> assertThat(error.getDescription()).contains("department"));
        assertThat(actors.validator().validate(token(Map.of("preferred_username", "<script>", "unit", "SH"))).hasErrors())
                .isTrue();
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        builder.claims(all -> all.putAll(claims));
        return builder.build();
    }
}
