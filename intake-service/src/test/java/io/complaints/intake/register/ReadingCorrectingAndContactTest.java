package io.complaints.intake.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.intake.registration.Registration;
import io.complaints.intake.support.RunningIntake;

/** Reading the register, correcting a complaint, and the authorised contact, over real PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class ReadingCorrectingAndContactTest extends RunningIntake {

    /** Canary values: none of them may appear in logs, the register or the published events. */
    private static final String NAME = "Canary Complainant-7f3a";
    private static final String PHONE = "13977773333";
    private static final String EMAIL = "canary.7f3a@example.org";
    private static final String ADDRESS = "77 Canary Road 7f3a";

    @Test
    void aRegisteredComplaintReadsBackByIdAndNumberWithItsContactMasked(CapturedOutput output) {
        Registration registration = registerCanary("GZ-TH", 2);

        JsonNode byId = get("/api/complaints/" + registration.complaintId()).getBody();
        JsonNode byNumber = get("/api/complaints/by-number/" + registration.registrationNumber()).getBody();

        assertThat(byId).isEqualTo(byNumber);
        assertThat(byId.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(byId.path("unitPath")).extracting(JsonNode::asText).containsExactly("HQ", "GZ", "GZ-TH");
        assertThat(byId.path("complainant").path("maskedPhone").asText()).isEqualTo("139****3333");
        assertThat(byId.path("complainedAbout").path("department").asText()).isEqualTo("Billing");
        assertThat(byId.toString()).doesNotContain(PHONE, EMAIL, ADDRESS, NAME);
        assertThat(output.getAll()).doesNotContain(PHONE, EMAIL, ADDRESS, NAME);
    }

    @Test
    void aUnitsListIncludesTheUnitsBelowItAndFilters() {
        Registration major = registerCanary("BJ-HD", 1);
        Registration general = registerCanary("BJ-HD", 3);

        JsonNode subsidiary = get("/api/complaints?unit=BJ&size=200").getBody();
        JsonNode majorOnly = get("/api/complaints?unit=BJ-HD&level=1&size=200").getBody();

        assertThat(subsidiary.path("items").findValuesAsText("registrationNumber"))
                .contains(major.registrationNumber(), general.registrationNumber());
        assertThat(majorOnly.path("items").findValuesAsText("registrationNumber"))
                .contains(major.registrationNumber()).doesNotContain(general.registrationNumber());
        assertThat(get("/api/complaints?unit=SH&size=200").getBody().path("items").findValuesAsText("registrationNumber"))
                .doesNotContain(major.registrationNumber());
    }

    @Test
    void aListOfAnUnknownUnitOrWithABadFilterIsRefused() {
        assertThat(get("/api/complaints?unit=NOWHERE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/complaints?unit=SH&level=9").getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("level");
        assertThat(get("/api/complaints?unit=SH&channel=FAX").getBody().path("errors").get(0).path("rule").asText())
                .isEqualTo("enum");
    }

    @Test
    void withoutAUnitTheListIsOfTheCallersOwnUnit() {
        Registration haidian = registerCanary("BJ-HD", 3);
        Registration chaoyang = http().register("BJ-CY", 3, "13900001111");

        ResponseEntity<JsonNode> own = http().getAs("agent.bjhd", "/api/complaints?size=200", JsonNode.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().path("items").findValuesAsText("registrationNumber"))
                .contains(haidian.registrationNumber()).doesNotContain(chaoyang.registrationNumber());
        assertThat(own.getBody().path("items")).extracting(item -> item.path("unitCode").asText()).containsOnly("BJ-HD");
    }

    @Test
    void anAmendmentAndAWithdrawalShowInTheRegisterAndTheHistoryWithTheirReasons(CapturedOutput output) {
        Registration registration = registerCanary("SH-PD", 3);
        String id = registration.complaintId();

        assertThat(post("/api/complaints/" + id + "/amendments",
                "{\"reason\":\"wrong level\",\"level\":2,\"complainant\":{\"phone\":\"13966664444\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/api/complaints/" + id + "/withdrawal", "{\"reason\":\"the refund arrived\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode view = get("/api/complaints/" + id).getBody();
        assertThat(view.path("level").asInt()).isEqualTo(2);
        assertThat(view.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(view.path("amendments").asInt()).isEqualTo(1);
        assertThat(view.path("withdrawal").path("reason").asText()).isEqualTo("the refund arrived");
        JsonNode history = get("/api/complaints/" + id + "/history").getBody();
        assertThat(history.findValuesAsText("event"))
                .containsExactly("ComplaintRegistered", "ComplaintAmended", "ComplaintWithdrawn");
        assertThat(history.findValuesAsText("reason")).contains("wrong level", "the refund arrived");
        assertThat(output.getAll()).doesNotContain("13966664444", PHONE, NAME);
    }

    @Test
    void correctionsThatBreakARuleAreRefusedAndChangeNothing() {
        Registration registration = registerCanary("SH-PD", 3);
        String id = registration.complaintId();

        ResponseEntity<JsonNode> noReason = post("/api/complaints/" + id + "/amendments", "{\"level\":2}");
        ResponseEntity<JsonNode> nothingChanged = post("/api/complaints/" + id + "/amendments",
                "{\"reason\":\"x\",\"level\":3}");
        post("/api/complaints/" + id + "/withdrawal", "{\"reason\":\"resolved\"}");
        ResponseEntity<JsonNode> twice = post("/api/complaints/" + id + "/withdrawal", "{\"reason\":\"again\"}");
        ResponseEntity<JsonNode> unknown = post("/api/complaints/no-such-id/withdrawal", "{\"reason\":\"x\"}");

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(nothingChanged.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nothingChanged.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("changes-something");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("not-withdrawn");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/complaints/" + id + "/history").getBody()).hasSize(2);
    }

    @Test
    void theFullContactIsGivenToANamedActorForAPurposeAndTheAccessIsRecorded(CapturedOutput output) {
        Registration registration = registerCanary("SH-PD", 2);
        String reference = get("/api/complaints/" + registration.complaintId()).getBody()
                .path("complainant").path("reference").asText();

        ResponseEntity<JsonNode> contact = http().getAs("callback.sh",
                "/api/complainants/" + reference + "/contact?purpose=CALLBACK", JsonNode.class);
        ResponseEntity<JsonNode> anonymous = rest.getForEntity(
                "/api/complainants/" + reference + "/contact?purpose=CALLBACK", JsonNode.class);
        ResponseEntity<JsonNode> noPurpose = http().getAs("callback.sh", "/api/complainants/" + reference + "/contact",
                JsonNode.class);

        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(contact.getHeaders().getCacheControl()).contains("no-store");
        assertThat(contact.getBody().path("phone").asText()).isEqualTo(PHONE);
        assertThat(contact.getBody().path("email").asText()).isEqualTo(EMAIL);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(noPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(output.getAll()).contains("given to callback.sh of SH for CALLBACK").doesNotContain(PHONE, EMAIL);
    }

    private Registration registerCanary(String unit, int level) {
        String form = """
                {"unitCode":"%s","channel":"LETTER","category":"BILLING","level":%d,"description":"Charged twice",
                 "complainedAbout":{"department":"Billing"},
                 "complainant":{"name":"%s","phone":"%s","email":"%s","address":"%s","contactConsent":true}}"""
                .formatted(unit, level, NAME, PHONE, EMAIL, ADDRESS);
        ResponseEntity<Registration> response = http().post("/api/complaints", form, null, unit, Registration.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** As headquarters' supervisor, who sees every unit. */
    private ResponseEntity<JsonNode> get(String path) {
        return http().getAs("supervisor.hq", path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return http().post(path, body, null, JsonNode.class);
    }
}
