package io.complaints.intake.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.Topics;
import io.complaints.intake.support.People;
import io.complaints.intake.support.RunningIntake;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.StoreSearch;
import io.complaints.testsupport.TopicReader;

/**
 * Erasure of a complainant's personal data, over real PostgreSQL and Kafka: canary values are readable
 * through the authorised API before; after it, none of them is in clear text in any table of intake's
 * database, in any record of intake's topic (texts are published sealed, and no longer open), or in the
 * logs, and the complaint reads as erased.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureTest extends RunningIntake {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Canary Erasable " + run;
    private final String organisation = "Canary Works " + run;
    private final String address = "17 Canary Lane " + run;
    private final String phone = "139" + (10_000_000 + Math.abs(run.hashCode() % 9_000_000));
    private final String email = "canary." + run + "@example.org";
    private final String description = "Canary description " + run;
    private final String demand = "Canary demand " + run;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void anErasedComplainantIsInNoStoreAndTheComplaintStaysMarkedAsErased(CapturedOutput output) {
        JsonNode registered = register(form(name, phone, description, demand)).getBody();
        String complaintId = registered.path("complaintId").asText();
        JsonNode before = get("coordinator.shpd", "/api/complaints/" + complaintId).getBody();
        String reference = before.path("complainant").path("reference").asText();
        assertThat(before.path("description").asText()).isEqualTo(description);
        assertThat(before.path("demand").asText()).isEqualTo(demand);
        assertThat(contact(reference).path("name").asText()).isEqualTo(name);
        assertThat(contact(reference).path("address").asText()).isEqualTo(address);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM complainant_contact WHERE complaint_id = ?", Integer.class,
                complaintId)).isPositive();
        String sealed = storedDescription(complaintId);
        assertThat(sealed).startsWith("sealed:v1:" + reference + ":").doesNotContain(description);
        assertThat(opened(sealed).path("text").asText()).isEqualTo(description);
        Instant beforeErasure = Instant.now();

        assertThat(erase("coordinator.sh", reference, "{\"reason\":\"request by letter of 2026-12-01\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode after = get("coordinator.shpd", "/api/complaints/" + complaintId).getBody();
        assertThat(after.path("erased").asBoolean()).isTrue();
        assertThat(after.path("description").isNull()).isTrue();
        assertThat(after.path("demand").isNull()).isTrue();
        assertThat(after.path("complainant").path("maskedName").isNull()).isTrue();
        assertThat(after.path("registrationNumber").asText()).isEqualTo(registered.path("registrationNumber").asText());
        assertThat(after.path("level").asInt()).isEqualTo(3);
        assertThat(after.path("erasure").path("erasedBy").asText()).isEqualTo("coordinator.sh");
        JsonNode asOf = get("coordinator.shpd", "/api/complaints/" + complaintId + "?asOf=" + beforeErasure).getBody();
        assertThat(asOf.path("erased").asBoolean()).isTrue();
        assertThat(asOf.path("description").isNull()).isTrue();
        JsonNode erasedContact = contact(reference);
        assertThat(erasedContact.path("erased").asBoolean()).isTrue();
        assertThat(erasedContact.path("name").isNull()).isTrue();
        assertThat(opened(sealed).path("erased").asBoolean()).isTrue();
        assertThat(opened(sealed).path("text").isNull()).isTrue();
        assertThat(get("coordinator.shpd", "/api/complaints/" + complaintId + "/history").getBody()
                .findValuesAsText("event")).contains("ComplaintRegistered", "ComplainantErased");

        // repeat detection no longer links a later complaint of the same phone, same matter, to the erased one
        JsonNode later = register(form("Someone Else", phone, "A later complaint " + run, "Another demand")).getBody();
        assertThat(later.path("repeatOf").isNull()).isTrue();

        List<String> canaries = List.of(name, organisation, address, phone, email, description, demand);
        assertThat(StoreSearch.inPostgres(dataSource, canaries)).isEmpty();
        String laterId = later.path("complaintId").asText();
        var records = TopicReader.read(Infrastructure.shared().kafkaBootstrapServers(), Topics.INTAKE,
                read -> read.stream().anyMatch(r -> laterId.equals(r.key()))
                        && read.stream().filter(r -> complaintId.equals(r.key())).count() >= 2,
                Duration.ofSeconds(60));
        assertThat(StoreSearch.inRecords(records, canaries)).isEmpty();
        JsonNode published = records.stream().filter(r -> complaintId.equals(r.key())).map(this::json)
                .filter(event -> event.path("type").asText().contains("ComplaintReceived")).findFirst().orElseThrow();
        String publishedDemand = published.path("data").path("demand").asText();
        assertThat(publishedDemand).startsWith("sealed:v1:" + reference + ":");
        assertThat(opened(publishedDemand).path("erased").asBoolean()).isTrue();
        assertThat(output.getAll()).doesNotContain(canaries.toArray(String[]::new));
    }

    @Test
    void anErasureNeedsAReasonTheRoleAndTheUnitAndHappensOnce() {
        String complaintId = register(form(name, phone, description, demand)).getBody().path("complaintId").asText();
        String reference = get("coordinator.shpd", "/api/complaints/" + complaintId).getBody()
                .path("complainant").path("reference").asText();

        ResponseEntity<JsonNode> noReason = erase("coordinator.shpd", reference, "{}");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(erase("agent.shpd", reference, "{\"reason\":\"asked\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(erase("coordinator.bj", reference, "{\"reason\":\"asked\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(erase("coordinator.shpd", UUID.randomUUID().toString(), "{\"reason\":\"asked\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().postAs("analyst.hq", "/api/personal-data/opened", "{\"texts\":[]}", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("coordinator.shpd", "/api/complaints/" + complaintId).getBody().path("erased").asBoolean())
                .isFalse();

        assertThat(erase("supervisor.hq", reference, "{\"reason\":\"asked\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> again = erase("coordinator.shpd", reference, "{\"reason\":\"asked again\"}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("not-erased");
        assertThat(http().postAs("agent.shpd", "/api/complaints/" + complaintId + "/amendments",
                "{\"level\":2,\"reason\":\"late\"}", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    /** A form of this name, phone and texts; the canary complainant's organisation, address and e-mail with their name. */
    private String form(String who, String contactPhone, String text, String asked) {
        return """
                {"unitCode":"SH-PD","channel":"VISIT","category":"BILLING","level":3,
                 "description":"%s","demand":"%s",
                 "complainant":{"name":"%s","organisation":"%s","address":"%s","phone":"%s","email":"%s",
                  "contactConsent":true}}""".formatted(text, asked, who, who.equals(name) ? organisation : "Other Works",
                who.equals(name) ? address : "1 Other Road", contactPhone,
                who.equals(name) ? email : "other." + run + "@example.org");
    }

    private ResponseEntity<JsonNode> register(String form) {
        ResponseEntity<JsonNode> registered = http().postAs("agent.shpd", "/api/complaints", form, null, JsonNode.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return registered;
    }

    private ResponseEntity<JsonNode> erase(String person, String reference, String body) {
        return http().postAs(person, "/api/complainants/" + reference + "/erasure", body, null, JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String person, String path) {
        return http().getAs(person, path, JsonNode.class);
    }

    private JsonNode json(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        try {
            return new ObjectMapper().readTree(record.value());
        } catch (java.io.IOException e) {
            throw new AssertionError("unreadable record", e);
        }
    }

    /** The description as intake's event store keeps it. */
    private String storedDescription(String complaintId) {
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%ComplaintRegistered'", byte[].class, complaintId);
        try {
            return new ObjectMapper().readTree(payload).path("details").path("description").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("unreadable stored event", e);
        }
    }

    /** The text as a service of the platform has intake open it. */
    private JsonNode opened(String sealed) {
        ResponseEntity<JsonNode> opened = http().postAs(People.NOTIFICATION_SERVICE, "/api/personal-data/opened",
                "{\"texts\":[\"" + sealed + "\"]}", null, JsonNode.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        return opened.getBody().path("texts").get(0);
    }

    private JsonNode contact(String reference) {
        ResponseEntity<JsonNode> contact = get("coordinator.shpd",
                "/api/complainants/" + reference + "/contact?purpose=CALLBACK");
        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.OK);
        return contact.getBody();
    }
}
