package io.complaints.intake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.complaints.intake.registration.Registration;
import io.complaints.intake.support.RunningIntake;

/**
 * intake's audit trail through its API: what the service stores is chained as it is stored, an
 * auditor verifies the store and exports a checkpoint, and compares it later.
 */
class AuditTrailTest extends RunningIntake {

    private static final String AUDITOR = "auditor.hq";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ObjectMapper json;

    @Test
    void everyStoredEventIsChainedAndAnAuditorFindsTheStoreClean() throws Exception {
        Registration registered = http().register("SH-PD", 3, "13900005101");
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, registered.complaintId());
        Long chained = jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain WHERE aggregateidentifier = ?",
                Long.class, registered.complaintId());

        ResponseEntity<String> verified = http().getAs(AUDITOR, "/api/audit/verify", String.class);

        assertThat(stored).isPositive();
        assertThat(chained).isEqualTo(stored);
        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(verified.getBody());
        assertThat(report.path("service").asText()).isEqualTo("intake-service");
        assertThat(report.path("clean").asBoolean()).isTrue();
        assertThat(report.path("findings")).isEmpty();
        assertThat(report.path("chainedEvents").asLong()).isEqualTo(report.path("events").asLong()).isPositive();
        assertThat(verified.getBody()).as("positions only, never content").doesNotContain("13900005101", "王五");
    }

    @Test
    void anExportedCheckpointMatchesTheStoreUntilItsHistoryChanges() throws Exception {
        http().register("SH-PD", 3, "13900005102");
        ResponseEntity<String> taken = http().postAs(AUDITOR, "/api/audit/checkpoints", "", null, String.class);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.OK);
        String exported = http().getAs(AUDITOR, "/api/audit/checkpoints/latest", String.class).getBody();

        JsonNode same = json.readTree(compare(exported).getBody());
        ObjectNode other = (ObjectNode) json.readTree(exported);
        other.put("runningHash", "0".repeat(64));
        JsonNode differs = json.readTree(compare(other.toString()).getBody());

        assertThat(json.readTree(exported).path("service").asText()).isEqualTo("intake-service");
        assertThat(same.path("matches").asBoolean()).isTrue();
        assertThat(differs.path("matches").asBoolean()).isFalse();
        assertThat(differs.path("runningHashNow").asText()).isEqualTo(json.readTree(exported).path("runningHash").asText());
    }

    @Test
    void aCheckpointOfAnotherServiceOrWithoutAHashIsRefusedNamingTheField() throws Exception {
        ResponseEntity<String> otherService = compare("""
                {"service":"handling-service","uptoGlobalIndex":1,"events":1,"runningHash":"%s"}"""
                .formatted("a".repeat(64)));
        ResponseEntity<String> badHash = compare("""
                {"service":"intake-service","uptoGlobalIndex":1,"events":1,"runningHash":"not-a-hash"}""");

        assertThat(otherService.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherService.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(otherService.getBody()).path("errors").get(0).path("field").asText()).isEqualTo("service");
        assertThat(badHash.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badHash.getBody()).path("errors").get(0).path("field").asText())
                .isEqualTo("runningHash");
    }

    private ResponseEntity<String> compare(String checkpoint) {
        return http().postAs(AUDITOR, "/api/audit/checkpoints/compare", checkpoint, null, String.class);
    }
}
