package io.complaints.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import io.complaints.platform.Actor;
import io.complaints.platform.Role;

/**
 * The actor of a token, from its claims only: who ({@code preferred_username}, else {@code sub}),
 * which unit, which department, which roles. Role names the platform does not know are ignored;
 * {@link Role#SYSTEM} is never granted by a token. A token whose actor cannot be read is refused as
 * invalid ({@link #validator()}), so that every signed-in request has a well-formed actor.
 */
public final class TokenActors implements Converter<Jwt, ActorAuthentication> {

    private final SecurityProperties.Claims claims;

    public TokenActors(SecurityProperties.Claims claims) {
        this.claims = claims;
    }

    @Override
    public ActorAuthentication convert(Jwt token) {
        return new ActorAuthentication(actorOf(token), token);
    }

    public Actor actorOf(Jwt token) {
        return new Actor(idOf(token), token.getClaimAsString(claims.unit()), rolesOf(token),
                token.getClaimAsString(claims.department()));
    }

    /** Refuses tokens that name no readable actor: no id, no unit, or a malformed one. */
    public OAuth2TokenValidator<Jwt> validator() {
        return token -> {
            String id = idOf(token);
            if (id == null || !Actor.ID.matcher(id).matches()) {
                return invalid("the token names no actor (claim " + claims.actorId() + " or sub)");
            }
            Object unit = token.getClaims().get(claims.unit());
            if (!(unit instanceof String code) || !Actor.UNIT.matcher(code).matches()) {
                return invalid("the token names no organisation unit (claim " + claims.unit() + ")");
            }
            Object department = token.getClaims().get(claims.department());
            if (department != null && (!(department instanceof String name) || !Actor.DEPARTMENT.matcher(name).matches())) {
                return invalid("the token's department (claim " + claims.department() + ") is malformed");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    private String idOf(Jwt token) {
        String id = token.getClaimAsString(claims.actorId());
        return id != null ? id : token.getSubject();
    }

    private Set<Role> rolesOf(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : valuesAt(token.getClaims(), claims.roles())) {
            for (Role role : Role.values()) {
                if (role.grantedByToken() && role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Collection<?> valuesAt(Map<String, Object> claimSet, String dottedPath) {
        Object at = claimSet;
        for (String step : dottedPath.split("\\.")) {
            if (!(at instanceof Map<?, ?> map)) {
                return List.of();
            }
            at = map.get(step);
        }
        if (at instanceof Collection<?> values) {
            return values;
        }
        return at instanceof String single ? new ArrayList<>(List.of(single.split("[ ,]+"))) : List.of();
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
