package io.complaints.handling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.complaints.events.RemedyProposed;
import io.complaints.handling.api.CaseDriver.Stage;
import io.complaints.platform.Role;

/**
 * A case as of a past instant ({@code GET /api/cases/{id}?asOf=}), replayed from its events: a case
 * driven to its callback, read at the times its events were stored, before it was opened, and now.
 */
class CaseAsOfTest extends SignedInApiTest {

    private static final String UNIT = "SH-PD";

    @Autowired
    private ObjectMapper json;

    @Test
    void aCaseAsOfAnInstantIsWhatItsEventsUpToThatInstantMadeIt() throws Exception {
        String id = cases.caseAt(Stage.CALLBACK_DUE, UNIT);
        List<? extends DomainEventMessage<?>> stored = events.readEvents(id, 0).asStream().toList();
        Instant opened = stored.get(0).getTimestamp();
        DomainEventMessage<?> proposal = stored.stream().filter(e -> e.getPayload() instanceof RemedyProposed)
                .findFirst().orElseThrow();
        Instant last = stored.get(stored.size() - 1).getTimestamp();

        JsonNode atOpening = json.readTree(asOf(id, opened.toString()).getContentAsString());
        JsonNode atProposal = json.readTree(asOf(id, proposal.getTimestamp().toString()).getContentAsString());
        JsonNode atLast = json.readTree(asOf(id, last.toString()).getContentAsString());
        JsonNode now = json.readTree(read("/api/cases/" + id).getContentAsString());

        assertThat(atOpening.path("status").asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(atOpening.path("handlerId").isNull()).isTrue();
        assertThat(atProposal.path("status").asText())
                .isEqualTo(((RemedyProposed) proposal.getPayload()).status().name());
        assertThat(atProposal.path("remedyNumber").asInt()).isEqualTo(1);
        ((ObjectNode) now).put("updatedAt", Instant.parse(now.path("updatedAt").asText())
                .truncatedTo(ChronoUnit.MILLIS).toString()); // the event store keeps milliseconds
        assertThat(atLast).as("every event replayed gives the case board's view").isEqualTo(now);
        assertThat(now.path("status").asText()).isNotEqualTo("AWAITING_TRIAGE");
        assertThat(asOf(id, opened.minusMillis(1).toString()).getStatus()).isEqualTo(404);
    }

    @Test
    void aCaseOfAnotherUnitAsOfAnyInstantIsNotFound() throws Exception {
        String id = cases.caseAt(Stage.INVESTIGATING, UNIT);
        String asOf = Instant.now().toString();

        MockHttpServletResponse otherBranch = http.perform(as(person(Role.COORDINATOR, "BJ-CY"),
                get("/api/cases/" + id).param("asOf", asOf))).andReturn().getResponse();

        assertThat(otherBranch.getStatus()).isEqualTo(404);
    }

    @Test
    void aMalformedOrFutureAsOfIsRefusedNamingIt() throws Exception {
        String id = cases.caseAt(Stage.AWAITING_TRIAGE, UNIT);

        MockHttpServletResponse malformed = asOf(id, "yesterday");
        MockHttpServletResponse future = asOf(id, Instant.now().plus(1, ChronoUnit.DAYS).toString());

        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(malformed.getContentAsString()).path("errors").get(0).path("field").asText())
                .isEqualTo("asOf");
        assertThat(future.getStatus()).isEqualTo(400);
        JsonNode refusal = json.readTree(future.getContentAsString()).path("errors").get(0);
        assertThat(refusal.path("field").asText()).isEqualTo("asOf");
        assertThat(refusal.path("rule").asText()).isEqualTo("not-future");
    }

    private MockHttpServletResponse asOf(String id, String instant) throws Exception {
        return http.perform(as(person(Role.COORDINATOR, UNIT), get("/api/cases/" + id).param("asOf", instant)))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse read(String path) throws Exception {
        return http.perform(as(person(Role.COORDINATOR, UNIT), get(path))).andReturn().getResponse();
    }
}
