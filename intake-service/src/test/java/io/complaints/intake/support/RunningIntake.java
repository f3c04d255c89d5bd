package io.complaints.intake.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;

/**
 * intake-service running for real over PostgreSQL and Kafka, signed in against the test identity
 * provider, with the development secrets of profile {@code local}; one application context shared by
 * every test class that extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
public abstract class RunningIntake {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceProperties.eventSourced(registry, "intake_test");
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        // a checkpoint covers every event committed before it (no in-flight appends to wait for here)
        registry.add("complaints.audit.settle", () -> "0s");
        // a test that gets no answer fails instead of waiting for ever
        registry.add("spring.http.client.connect-timeout", () -> "5s");
        registry.add("spring.http.client.read-timeout", () -> "30s");
    }

    @Autowired
    protected TestRestTemplate rest;

    protected IntakeHttp http() {
        return new IntakeHttp(rest);
    }
}
