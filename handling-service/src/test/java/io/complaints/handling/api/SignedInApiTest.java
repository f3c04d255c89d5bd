package io.complaints.handling.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.complaints.handling.HandlingTestProperties;
import io.complaints.platform.Role;
import io.complaints.testsupport.TestTokens;

/**
 * handling's HTTP API over real PostgreSQL and Kafka, called by people signed in with access tokens
 * of the test identity provider. The tests extending it share one running service. It opens its cases by
 * command and does not consume intake's topic: in the consumer group of every other running handling of the
 * test JVM, it would take their complaints into its own database (seen when it started first).
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles(HandlingTestProperties.PROFILE)
@Import(CaseDriver.class)
public abstract class SignedInApiTest {

    protected static final TestTokens TOKENS = TestTokens.shared();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HandlingTestProperties.register(registry, "handling_api_test");
    }

    @Autowired
    protected MockMvc http;

    @Autowired
    protected CaseDriver cases;

    @Autowired
    protected EventStore events;

    /** The sample person of this role and unit, e.g. {@code coordinator.shpd}, with their department. */
    protected static TestTokens.Token person(Role role, String unit) {
        return TOKENS.of(CaseDriver.idOf(role, unit), unit, role.name()).department(CaseDriver.departmentOf(role));
    }

    protected static MockHttpServletRequestBuilder as(TestTokens.Token token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, token.bearer());
    }

    protected static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    protected static void problem(ResultActions result, int status, String rule) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.errors[*].rule", hasItem(rule)));
    }

    /** Exactly as an unknown case: nothing tells the caller that the case exists. */
    protected static void notFound(ResultActions result) throws Exception {
        result.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Case not found"));
    }

    protected long lastSequence(String caseId) {
        return events.lastSequenceNumberFor(caseId).orElse(-1L);
    }

    protected static String lower(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
