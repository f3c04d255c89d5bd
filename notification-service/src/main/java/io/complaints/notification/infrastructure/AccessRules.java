package io.complaints.notification.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.complaints.platform.Role;
import io.complaints.platform.security.EndpointRules;

/**
 * Who may call which endpoint of this service, by role, beyond a valid token. Queuing a failed
 * notification again is an operation (DOMAIN roles: operators), as are the shared {@code /api/admin/**}
 * and actuator endpoints; reading the log and following the feed are open to every signed-in person,
 * within their unit's subtree (decided by the controllers).
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules notificationEndpointRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, "/api/notifications/*/retry").hasAuthority(Role.OPERATOR.authority());
    }
}
