package io.complaints.handling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.handling.api.CaseDriver.Stage;

/** handling's audit trail: every event a case stores is chained as it is stored, and the store verifies clean. */
class AuditTrailTest extends SignedInApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ObjectMapper json;

    @Test
    void everyEventOfACaseIsChainedAndAnAuditorFindsTheStoreClean() throws Exception {
        String id = cases.caseAt(Stage.CALLBACK_DUE, "SH-PD");
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, id);
        Long chained = jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain WHERE aggregateidentifier = ?",
                Long.class, id);

        MockHttpServletResponse answer = http.perform(get("/api/audit/verify")
                .header("Authorization", TOKENS.of("hq.auditor", "HQ", "AUDITOR").bearer())).andReturn().getResponse();

        assertThat(stored).isGreaterThan(5);
        assertThat(chained).isEqualTo(stored);
        assertThat(answer.getStatus()).isEqualTo(200);
        JsonNode report = json.readTree(answer.getContentAsString());
        assertThat(report.path("service").asText()).isEqualTo("handling-service");
        assertThat(report.path("findings")).isEmpty();
        assertThat(report.path("clean").asBoolean()).isTrue();
        assertThat(report.path("chainedEvents").asLong()).isEqualTo(report.path("events").asLong());
    }
}
