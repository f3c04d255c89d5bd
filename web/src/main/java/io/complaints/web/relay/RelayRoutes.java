package io.complaints.web.relay;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.rewritePath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The relay: {@code /api/intake/**}, {@code /api/handling/**}, {@code /api/analytics/**} and
 * {@code /api/notification/**} go to the service of that name as {@code /api/**}, with the signed-in
 * person's access token ({@code TokenRelay}, refreshed when it expired) and without the browser's
 * cookies. Answers, refusals (problem+json) and the live feed (SSE) come back as the service gave them.
 */
@Configuration(proxyBeanMethods = false)
class RelayRoutes {

    @Bean
    RouterFunction<ServerResponse> intakeRoute(ServiceAddresses services) {
        return relay("intake", services.intake());
    }

    @Bean
    RouterFunction<ServerResponse> handlingRoute(ServiceAddresses services) {
        return relay("handling", services.handling());
    }

    @Bean
    RouterFunction<ServerResponse> analyticsRoute(ServiceAddresses services) {
        return relay("analytics", services.analytics());
    }

    @Bean
    RouterFunction<ServerResponse> notificationRoute(ServiceAddresses services) {
        return relay("notification", services.notification());
    }

    private static RouterFunction<ServerResponse> relay(String service, URI address) {
        return route(service)
                .route(path("/api/" + service + "/**"), http())
                .before(uri(address))
                .before(rewritePath("/api/" + service + "/(?<rest>.*)", "/api/${rest}"))
                .before(removeRequestHeader("Cookie"))
                .filter(tokenRelay())
                .build();
    }
}
