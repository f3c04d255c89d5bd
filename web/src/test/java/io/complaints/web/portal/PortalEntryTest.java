package io.complaints.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpServer;

import jakarta.servlet.http.Cookie;

/**
 * The portal's entry: its page and API need no sign-in and no CSRF token; the API reaches intake's
 * portal API only, with no token, only the portal's cookie, and the caller's address as the gateway saw
 * it (never one the browser wrote); the session cookie intake sets comes back to the browser. The console's API stays closed to a caller without a session.
 */
@SpringBootTest(properties = "spring.profiles.active=compose")
@AutoConfigureMockMvc
class PortalEntryTest {

    static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    static final HttpServer INTAKE = intake();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("complaints.console.services.intake", () -> "http://127.0.0.1:" + INTAKE.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        INTAKE.stop(0);
    }

    @Test
    void thePortalPageNeedsNoSignIn() throws Exception {
        mvc.perform(get("/portal/")).andExpect(status().isOk()).andExpect(forwardedUrl("/portal.html"));
        mvc.perform(get("/portal")).andExpect(status().isFound()).andExpect(header().string("Location", "/portal/"));
    }

    @Test
    void thePortalApiGoesToIntakesPortalApiWithOnlyThePortalCookieAndTheCallersAddress() throws Exception {
        mvc.perform(post("/portal/api/session").contentType(MediaType.APPLICATION_JSON).content("{\"a\":1}")
                        .header("Authorization", "Bearer stolen").header("X-Forwarded-For", "6.6.6.6")
                        .cookie(new Cookie("CONSOLE_SESSION", "secret"), new Cookie("PORTAL_SESSION", "c.1.sig"))
                        .with(request -> {
                            request.setRemoteAddr("10.1.2.3");
                            return request;
                        }))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Set-Cookie", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("PORTAL_SESSION=new"))));

        assertThat(SEEN).containsEntry("path", "/api/portal/session").containsEntry("authorization", "null")
                .containsEntry("cookie", "PORTAL_SESSION=c.1.sig").containsEntry("body", "{\"a\":1}");
        assertThat(SEEN.get("forwarded-for")).endsWith("10.1.2.3").doesNotContain("6.6.6.6");
    }

    @Test
    void theConsolesApiStaysClosed() throws Exception {
        mvc.perform(get("/api/intake/complaints")).andExpect(status().isUnauthorized());
        mvc.perform(get("/portal/api/../../api/intake/complaints")).andExpect(status().is4xxClientError());
        assertThat(SEEN.getOrDefault("path", "")).doesNotStartWith("/api/complaints");
    }

    private static HttpServer intake() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.put("path", exchange.getRequestURI().getPath());
                SEEN.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                SEEN.put("cookie", String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())));
                SEEN.put("forwarded-for", String.join(",",
                        exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", List.of())));
                SEEN.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Set-Cookie", "PORTAL_SESSION=new; Path=/; HttpOnly; SameSite=Strict");
                exchange.sendResponseHeaders(200, answer.length);
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
