package io.complaints.web.portal;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.rewritePath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import io.complaints.web.relay.ServiceAddresses;

/**
 * The complainant self-service portal's own entry on this origin, apart from the console: its page at
 * {@code /portal/} (no sign-in), and {@code /portal/api/**} relayed to intake-service's portal API
 * ({@code /api/portal/**}) and nothing else. No token is relayed (the portal has no account); of the
 * browser's cookies only the portal's session cookie goes on, and the caller's address is named in
 * {@code X-Forwarded-For} (set here, never taken from the browser) for intake's per-address limits.
 */
@Configuration(proxyBeanMethods = false)
class PortalRoutes implements WebMvcConfigurer {

    static final String SESSION_COOKIE = "PORTAL_SESSION";

    @Bean
    RouterFunction<ServerResponse> portalApiRoute(ServiceAddresses services) {
        return route("portal")
                .route(path("/portal/api/**"), http())
                .before(uri(services.intake()))
                .before(rewritePath("/portal/api/(?<rest>.*)", "/api/portal/${rest}"))
                .before(removeRequestHeader(HttpHeaders.AUTHORIZATION))
                .before(PortalRoutes::onlyThePortalsCookieAndTheCallersAddress)
                .build();
    }

    @Override
    public void addViewControllers(ViewControllerRegistry pages) {
        pages.addRedirectViewController("/portal", "/portal/");
        pages.addViewController("/portal/").setViewName("forward:/portal.html");
    }

    static ServerRequest onlyThePortalsCookieAndTheCallersAddress(ServerRequest request) {
        String portalCookie = request.headers().header(HttpHeaders.COOKIE).stream()
                .flatMap(header -> Arrays.stream(header.split(";"))).map(String::strip)
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "=")).collect(Collectors.joining("; "));
        String caller = request.servletRequest().getRemoteAddr();
        return ServerRequest.from(request).headers(headers -> {
            headers.remove(HttpHeaders.COOKIE);
            if (!portalCookie.isEmpty()) {
                headers.set(HttpHeaders.COOKIE, portalCookie);
            }
            headers.remove("Forwarded");
            headers.set("X-Forwarded-For", caller);
        }).build();
    }
}
