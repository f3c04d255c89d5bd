package io.complaints.web.relay;

import java.time.Duration;

import org.eclipse.jetty.client.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;

/**
 * The HTTP client the relay calls the services with: Jetty's. When a browser goes away in the middle of
 * an answer (it closes the live feed, or signs out), the relay closes the service's answer; Jetty's client
 * aborts it, where the JDK's, HttpComponents' and the plain one first read it to its end, which a live
 * feed never reaches: the relay's thread and the service's stream (of a few allowed per person) stayed
 * held until the feed's own timeout.
 */
@Configuration(proxyBeanMethods = false)
class RelayClient {

    @Bean
    ClientHttpRequestFactory relayRequestFactory() {
        HttpClient client = new HttpClient();
        client.setConnectTimeout(Duration.ofSeconds(5).toMillis());
        // an answer silent this long is given up; the live feed sends a comment every 15 s
        client.setIdleTimeout(Duration.ofSeconds(60).toMillis());
        var factory = new JettyClientHttpRequestFactory(client);
        factory.setReadTimeout(Duration.ofSeconds(60)); // until the answer's headers
        return factory;
    }
}
