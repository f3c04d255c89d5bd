package io.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpServer;

import jakarta.servlet.http.Cookie;

/**
 * The console's origin: who gets in, how sign-in starts (PKCE), that changes need the CSRF token, who
 * {@code /api/me} says is signed in, and that the relay hands a service the person's access token and
 * nothing of the browser's. A small HTTP server stands in for intake-service; no identity provider runs
 * (profile {@code compose} names its endpoints instead of discovering them).
 */
@SpringBootTest(properties = "spring.profiles.active=compose")
@AutoConfigureMockMvc
class ConsoleOriginTest {

    static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    static final HttpServer INTAKE = intake();

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("complaints.console.services.intake", () -> "http://127.0.0.1:" + INTAKE.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        INTAKE.stop(0);
    }

    @Test
    void anApiCallWithoutASessionIsUnauthorizedAndAPageGoesToSignIn() throws Exception {
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/intake/complaints")).andExpect(status().isUnauthorized());
        mvc.perform(get("/")).andExpect(status().isFound())
                .andExpect(header().string("Location", "http://localhost/oauth2/authorization/keycloak"));
    }

    @Test
    void signInUsesTheAuthorizationCodeWithPkce() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().isFound())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("http://localhost:18080/realms/complaints/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=complaints-console", "code_challenge_method=S256", "code_challenge=");
    }

    @Test
    void meIsReadFromTheAccessTokenClaims() throws Exception {
        mvc.perform(get("/api/me").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("shpd.handler"))
                .andExpect(jsonPath("$.unit").value("SH-PD"))
                .andExpect(jsonPath("$.department").value("billing"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("HANDLER")));
    }

    @Test
    void aChangeWithoutTheCsrfTokenOrWithAnotherIsRefused() throws Exception {
        mvc.perform(post("/api/intake/complaints").with(signedIn()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/intake/complaints").with(signedIn()).header("X-XSRF-TOKEN", "forged")
                        .cookie(new Cookie("XSRF-TOKEN", "a-token")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRelayHandsTheServiceTheAccessTokenAndNoCookie() throws Exception {
        // as the console sends it: the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header
        mvc.perform(post("/api/intake/complaints").with(signedIn()).header("X-XSRF-TOKEN", "a-token")
                        .cookie(new Cookie("XSRF-TOKEN", "a-token"), new Cookie("CONSOLE_SESSION", "secret")).contentType(MediaType.APPLICATION_JSON).content("{\"level\":1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.registrationNumber").value("SH-PD-202612010001"));
        assertThat(SEEN).containsEntry("path", "/api/complaints")
                .containsEntry("authorization", "Bearer " + ACCESS_TOKEN)
                .containsEntry("cookie", "")
                .containsEntry("body", "{\"level\":1}");
    }

    static final String ACCESS_TOKEN = jwt(Map.of("preferred_username", "\"shpd.handler\"", "unit", "\"SH-PD\"",
            "department", "\"billing\"", "realm_access", "{\"roles\":[\"HANDLER\",\"default-roles-complaints\"]}"));

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
        var keycloak = registrations.findByRegistrationId("keycloak");
        var token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, ACCESS_TOKEN, Instant.now(), Instant.now().plusSeconds(300));
        return request -> oauth2Client("keycloak").clientRegistration(keycloak).accessToken(token)
                .postProcessRequest(oidcLogin().clientRegistration(keycloak).postProcessRequest(request));
    }

    /** An unsigned JWT: /api/me reads claims of the token the provider's token endpoint gave; it does not verify it. */
    private static String jwt(Map<String, String> claims) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String body = claims.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElseThrow();
        return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(body.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static HttpServer intake() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.put("path", exchange.getRequestURI().getPath());
                SEEN.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                SEEN.put("cookie", String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())));
                SEEN.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = "{\"registrationNumber\":\"SH-PD-202612010001\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
