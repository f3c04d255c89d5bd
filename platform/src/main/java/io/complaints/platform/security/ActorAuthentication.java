package io.complaints.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import io.complaints.platform.Actor;

/** A request signed in with a valid access token: the actor its claims name. */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final Jwt token;

    public ActorAuthentication(Actor actor, Jwt token) {
        super(actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    /** The token, for a call onwards on the caller's behalf. */
    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return actor.id();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorAuthentication that && super.equals(that) && actor.equals(that.actor);
    }

    @Override
    public int hashCode() {
        return List.of(super.hashCode(), actor).hashCode();
    }
}
