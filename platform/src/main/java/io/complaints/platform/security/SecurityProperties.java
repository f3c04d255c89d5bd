package io.complaints.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service reads its callers' access tokens. Where the tokens come from (issuer, JWK set,
 * audience) is Spring's standard {@code spring.security.oauth2.resourceserver.jwt.*}: any OIDC
 * provider works.
 *
 * @param claims        which claims name the actor
 * @param clockSkew     how far a token's times may be off this service's clock
 * @param openApiPublic whether the OpenAPI description and its UI are open without a token
 *                      (a development convenience; off by default)
 * @param secretProperties the service's secret settings: outside the {@code local} profile none may
 *                      keep a development value ({@link DevelopmentSecretsGuard})
 */
@ConfigurationProperties("complaints.security")
public record SecurityProperties(
        @DefaultValue Claims claims,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("false") boolean openApiPublic,
        @DefaultValue List<String> secretProperties) {

    /**
     * @param actorId    the claim naming the person (or service) who acts
     * @param unit       the claim naming their organisation unit
     * @param department the claim naming their department, if any
     * @param roles      a dotted path to the list of role names, e.g. Keycloak's {@code realm_access.roles}
     */
    public record Claims(
            @DefaultValue("preferred_username") String actorId,
            @DefaultValue("unit") String unit,
            @DefaultValue("department") String department,
            @DefaultValue("realm_access.roles") String roles) {
    }
}
