package io.complaints.web.signin;

import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in and the session. People sign in at the identity provider with the authorization code flow
 * and PKCE (S256, also for this confidential client); the tokens stay in the server-side session, the
 * browser holds only the session cookie ({@code HttpOnly}, {@code SameSite=Lax}). Every change is CSRF
 * protected: the console reads the token from the {@code XSRF-TOKEN} cookie and sends it back as the
 * {@code X-XSRF-TOKEN} header. Sign-out ends the identity provider's session too (RP-initiated logout).
 * API calls without a session answer {@code 401} (the console then signs in again); pages redirect
 * to the identity provider.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    static final String REGISTRATION = "keycloak";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}/");

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/error").permitAll()
                        // the complainant portal: its page and its API, guarded by intake-service itself
                        .requestMatchers("/portal", "/portal/", "/portal.html", "/portal/api/**", "/assets/**",
                                "/favicon.svg").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver)))
                .oauth2Client(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessHandler(signOut))
                .csrf(csrf -> csrf
                        // the portal's session cookie is SameSite=Strict and its changes are JSON: no cross-site form
                        .ignoringRequestMatchers("/portal/api/**")
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SinglePageAppCsrfHandler()))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new AntPathRequestMatcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION),
                                request -> true));
        return http.build();
    }

    /**
     * The console reads the token from the {@code XSRF-TOKEN} cookie and sends it as it is: in the
     * {@code X-XSRF-TOKEN} header of its calls, in the {@code _csrf} field of the sign-out form. No page
     * here renders a token into a compressed body, so the token is compared as it is (no BREACH masking).
     * Every answer loads the token, so the cookie is always there for the console to read.
     */
    static final class SinglePageAppCsrfHandler extends CsrfTokenRequestAttributeHandler {
        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
            super.handle(request, response, csrfToken);
            csrfToken.get();
        }
    }
}
