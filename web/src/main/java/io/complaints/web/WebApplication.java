package io.complaints.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The console's single origin for browsers (backend for frontend): serves the single-page console,
 * signs people in at the identity provider (authorization code with PKCE), keeps their tokens in the
 * server-side session and relays the console's API calls to the four services with the person's
 * access token. It holds no business rule: the services decide everything.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
