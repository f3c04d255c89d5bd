package io.complaints.intake.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An address the security firewall refuses before anything reads it (an encoded {@code ;} as in an
 * injection attempt, a double slash) is answered like every other refusal: 400 problem+json naming
 * the rule, not a bare error page.
 */
class MalformedAddressTest extends RunningIntake {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void anAddressTheFirewallRefusesIsAProblemNamingTheRule() throws Exception {
        for (String path : new String[] {"/api/complaints/x'%3B%20DROP%20TABLE%20complaints%3B%20--", "/api//complaints"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", People.bearer("agent.shpd")).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"rule\":\"malformed-path\"").doesNotContain("DROP");
        }
    }
}
