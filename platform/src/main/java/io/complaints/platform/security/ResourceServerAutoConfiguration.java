package io.complaints.platform.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.platform.Role;
import io.complaints.platform.limits.BodySizeLimitFilter;
import io.complaints.platform.limits.LimitsProperties;
import io.complaints.platform.limits.RefusalWriter;
import io.complaints.platform.limits.RequestRateLimitFilter;

/**
 * Every service is an OAuth2 resource server: a request carries an access token from the
 * organisation's OIDC provider, checked for signature (the provider's JWK set), issuer, audience,
 * expiry and not-before (with {@code complaints.security.clock-skew}), and naming a well-formed actor.
 * Health probes are open; the rest of actuator and {@code /api/admin/**} need the OPERATOR role,
 * {@code /api/audit/**} (the audit trail) the AUDITOR or OPERATOR role; the service's own
 * {@link EndpointRules} come next; any other {@code /api/**} needs a valid token, and everything else
 * is denied. Each caller is rate-limited and request bodies are capped.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({SecurityProperties.class, LimitsProperties.class, OAuth2ResourceServerProperties.class})
public class ResourceServerAutoConfiguration {

    private static final String[] OPEN_API = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    /** Verified access tokens kept (about 2 KB each): a few per person or service signed in to one instance. */
    static final int VERIFIED_TOKENS_KEPT = 5_000;

    @Bean
    TokenActors tokenActors(SecurityProperties security) {
        return new TokenActors(security.claims());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, SecurityProperties security,
                          TokenActors actors) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        String jwkSetUri = required(jwt.getJwkSetUri(), "jwk-set-uri");
        String issuer = required(jwt.getIssuerUri(), "issuer-uri");
        List<String> audiences = jwt.getAudiences();
        if (audiences == null || audiences.isEmpty()) {
            throw missing("audiences");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms().forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(security.clockSkew()),
                new JwtIssuerValidator(issuer),
                audienceOneOf(audiences),
                actors.validator())));
        return new VerifiedTokens(decoder, VERIFIED_TOKENS_KEPT);
    }

    @Bean
    DevelopmentSecretsGuard developmentSecretsGuard(Environment environment, SecurityProperties security) {
        return new DevelopmentSecretsGuard(environment, security.secretProperties());
    }

    @Bean
    SecurityProblems securityProblems(ObjectMapper json) {
        return new SecurityProblems(json);
    }

    @Bean
    RefusalWriter refusalWriter(ObjectMapper json) {
        return new RefusalWriter(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, List<EndpointRules> serviceRules, SecurityProperties security,
                                    LimitsProperties limits, TokenActors actors, SecurityProblems problems,
                                    RefusalWriter refusals) throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie can carry a caller's authority
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(endpoints -> {
                    endpoints.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
                    if (security.openApiPublic()) {
                        endpoints.requestMatchers(OPEN_API).permitAll();
                    }
                    endpoints.requestMatchers("/actuator/**", "/api/admin/**").hasAuthority(Role.OPERATOR.authority());
                    endpoints.requestMatchers("/api/audit/**")
                            .hasAnyAuthority(Role.AUDITOR.authority(), Role.OPERATOR.authority());
                    serviceRules.forEach(rules -> rules.apply(endpoints));
                    endpoints.requestMatchers(OPEN_API).authenticated();
                    endpoints.requestMatchers("/api/**").authenticated();
                    endpoints.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(actors))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(refusal -> refusal.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new RequestRateLimitFilter(limits, refusals), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new BodySizeLimitFilter(limits, refusals), RequestRateLimitFilter.class);
        return http.build();
    }

    private static OAuth2TokenValidator<Jwt> audienceOneOf(List<String> audiences) {
        return token -> token.getAudience() != null && token.getAudience().stream().anyMatch(audiences::contains)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "the token is not meant for this service (audience " + audiences + ")", null));
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw missing(property);
        }
        return value;
    }

    private static IllegalStateException missing(String property) {
        return new IllegalStateException("sign-in is not configured: set spring.security.oauth2.resourceserver.jwt."
                + property + " (the OIDC provider's issuer, its JWK set and this platform's audience; "
                + "bin/run-local sets them for its Keycloak)");
    }
}
