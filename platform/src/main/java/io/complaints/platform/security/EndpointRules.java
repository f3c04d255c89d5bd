package io.complaints.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules of who may call which endpoint, by role. They are applied after the rules
 * every service shares (health open, actuator and {@code /api/admin/**} for operators) and before
 * the last ones (any other {@code /api/**} needs a valid token; everything else is denied).
 * Rules about objects (which unit's complaint) are decided by the services themselves.
 */
@FunctionalInterface
public interface EndpointRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
