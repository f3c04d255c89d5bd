package io.complaints.intake.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.intake.registration.Registration;
import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.People;
import io.complaints.intake.support.RunningIntake;

/**
 * A complaint and its complainant as objects: another branch neither sees nor changes them (404,
 * nothing changed, nothing recorded); the units above see and correct them; HQ registers for any
 * unit, transferred from HQ; every look-up of a contact names the token's subject.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObjectLevelAccessTest extends RunningIntake {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anotherBranchReadingTheContactIsNotFoundAndNothingIsRecorded() {
        String reference = reference(http().register("SH-PD", 2, "13511110001"));

        ResponseEntity<JsonNode> refused = contact("callback.bjcy", reference);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().toString()).doesNotContain("13511110001");
        assertThat(accessRows(reference)).isZero();
    }

    @Test
    void anotherBranchWithdrawingIsNotFoundAndTheComplaintIsUnchanged() {
        String id = http().register("SH-PD", 3, "13511110002").complaintId();

        ResponseEntity<JsonNode> refused = http().postAs("coordinator.bjcy", "/api/complaints/" + id + "/withdrawal",
                "{\"reason\":\"not ours\"}", null, JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode view = http().getAs("agent.shpd", "/api/complaints/" + id, JsonNode.class).getBody();
        assertThat(view.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(view.path("withdrawal").isNull()).isTrue();
        assertThat(http().getAs("agent.shpd", "/api/complaints/" + id + "/history", JsonNode.class).getBody()
                .findValuesAsText("event")).containsExactly("ComplaintRegistered");
    }

    @Test
    void anAgentOfPudongRegisteringForChaoyangIsRefusedAndNothingIsStored() {
        long complaints = count("SELECT count(*) FROM complaint_register");
        long chaoyangNumbers = count("SELECT coalesce(sum(last_value), 0) FROM registration_sequence WHERE unit_code = 'BJ-CY'");

        ResponseEntity<JsonNode> refused = http().post("/api/complaints",
                IntakeHttp.form("BJ-CY", 3, "13511110003", "BILLING"), "object-level-bjcy-0001", "SH-PD", JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("unit-scope");
        assertThat(count("SELECT count(*) FROM complaint_register")).isEqualTo(complaints);
        assertThat(count("SELECT coalesce(sum(last_value), 0) FROM registration_sequence WHERE unit_code = 'BJ-CY'"))
                .isEqualTo(chaoyangNumbers);
        assertThat(count("SELECT count(*) FROM idempotency_key WHERE idempotency_key = 'object-level-bjcy-0001'")).isZero();
    }

    @Test
    void headquartersRegisteringForPudongIsCreatedAndTransferredFromHq() {
        ResponseEntity<Registration> created = http().post("/api/complaints",
                IntakeHttp.form("SH-PD", 3, "13511110004", "STAFF_CONDUCT"), null, "HQ", Registration.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().priority()).isTrue();
        assertThat(created.getBody().registrationNumber()).startsWith("SH-PD-");
        JsonNode view = http().getAs("agent.shpd", "/api/complaints/" + created.getBody().complaintId(), JsonNode.class)
                .getBody();
        assertThat(view.path("unitCode").asText()).isEqualTo("SH-PD");
        assertThat(view.path("priority").asBoolean()).isTrue();
        assertThat(view.path("prioritySources")).extracting(JsonNode::asText).contains("HQ_TRANSFERRED");
        assertThat(view.path("receivedBy").asText()).isEqualTo("agent.hq");
    }

    @Test
    void aCoordinatorOfShanghaiAmendsAPudongComplaint() {
        String id = http().register("SH-PD", 3, "13511110005").complaintId();

        ResponseEntity<JsonNode> amended = http().postAs("coordinator.sh", "/api/complaints/" + id + "/amendments",
                "{\"reason\":\"the level was wrong\",\"level\":2}", null, JsonNode.class);

        assertThat(amended.getStatusCode().is2xxSuccessful()).isTrue();
        JsonNode view = http().getAs("coordinator.sh", "/api/complaints/" + id, JsonNode.class).getBody();
        assertThat(view.path("level").asInt()).isEqualTo(2);
        JsonNode history = http().getAs("coordinator.sh", "/api/complaints/" + id + "/history", JsonNode.class).getBody();
        assertThat(history.get(1).path("actor").asText()).isEqualTo("coordinator.sh");
        assertThat(history.get(1).path("unit").asText()).isEqualTo("SH");
    }

    @Test
    void aCallbackAgentOfPudongReadsTheContactAndTheAccessNamesThem() {
        String reference = reference(http().register("SH-PD", 2, "13511110006"));

        ResponseEntity<JsonNode> contact = contact("callback.shpd", reference);

        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(contact.getBody().path("phone").asText()).isEqualTo("13511110006");
        assertThat(jdbc.queryForList("SELECT actor_id FROM contact_access WHERE complainant_reference = ?", String.class,
                reference)).containsExactly("callback.shpd");
        assertThat(jdbc.queryForObject("SELECT actor_unit FROM contact_access WHERE complainant_reference = ?",
                String.class, reference)).isEqualTo("SH-PD");
    }

    @Test
    void notificationServiceReadsTheContactForANotificationUnderItsOwnName() {
        String reference = reference(http().register("GZ-TH", 2, "13511110007"));

        ResponseEntity<JsonNode> contact = http().getAs(People.NOTIFICATION_SERVICE,
                "/api/complainants/" + reference + "/contact?purpose=NOTIFICATION", JsonNode.class);

        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("SELECT actor_id || ' ' || purpose FROM contact_access WHERE complainant_reference = ?",
                String.class, reference)).containsExactly(People.NOTIFICATION_SERVICE + " NOTIFICATION");
    }

    @Test
    void anIntakeAgentDoesNotGetTheFullContact() {
        String reference = reference(http().register("SH-PD", 2, "13511110008"));

        ResponseEntity<JsonNode> refused = contact("agent.shpd", reference);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("role");
        assertThat(accessRows(reference)).isZero();
    }

    @Test
    void anotherBranchNeitherReadsNorListsAComplaint() {
        Registration registration = http().register("SH-PD", 3, "13511110009");
        String id = registration.complaintId();

        assertThat(http().getAs("agent.shxh", "/api/complaints/" + id, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().getAs("agent.shxh", "/api/complaints/by-number/" + registration.registrationNumber(),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http().getAs("agent.shxh", "/api/complaints/" + id + "/history", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> list = http().getAs("agent.shxh", "/api/complaints?unit=SH-PD", JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("unit-scope");
    }

    @Test
    void everyReadOfAComplaintIsLoggedWithoutPersonalData(CapturedOutput output) {
        String id = http().register("BJ-HD", 3, "13511110010").complaintId();

        http().getAs("coordinator.bj", "/api/complaints/" + id, JsonNode.class);
        http().getAs("supervisor.hq", "/api/complaints/" + id + "/history", JsonNode.class);
        http().getAs("handler.bjhd", "/api/complaints/" + id + "/evidence", JsonNode.class);

        assertThat(output.getAll())
                .contains("complaint " + id + " read (complaint) by coordinator.bj of BJ")
                .contains("complaint " + id + " read (history) by supervisor.hq of HQ")
                .contains("complaint " + id + " read (evidence list) by handler.bjhd of BJ-HD")
                .doesNotContain("13511110010", "王五");
    }

    private ResponseEntity<JsonNode> contact(String person, String reference) {
        return http().getAs(person, "/api/complainants/" + reference + "/contact?purpose=CALLBACK", JsonNode.class);
    }

    private String reference(Registration registration) {
        return http().getAs("supervisor.hq", "/api/complaints/" + registration.complaintId(), JsonNode.class).getBody()
                .path("complainant").path("reference").asText();
    }

    private long accessRows(String reference) {
        return count("SELECT count(*) FROM contact_access WHERE complainant_reference = ?", reference);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
