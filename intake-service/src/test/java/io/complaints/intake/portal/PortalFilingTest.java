package io.complaints.intake.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.People;

/**
 * Filing in the portal: only with the code e-mailed to the address, once; an ordinary registration of
 * channel WEBSITE at the chosen branch, with the number and a tracking code of 160 bits; refused forms
 * and codes register nothing.
 */
class PortalFilingTest extends RunningPortal {

    @Test
    void aComplaintFiledWithTheEmailedCodeIsAnOrdinaryWebsiteRegistrationAtTheChosenBranch() throws Exception {
        Browser browser = browser();
        Filed filed = file(browser, "SH-XH");

        assertThat(filed.registrationNumber()).startsWith("SH-XH-");
        assertThat(filed.trackingCode()).matches("([A-Z2-9]{4}-){7}[A-Z2-9]{4}"); // 32 base32 characters: 160 bits
        assertThat(mailbox.lastTrackingCode(filed.email())).isEqualTo(filed.trackingCode());
        assertThat(jdbc.queryForObject("select code_hash from portal_tracking_code where complaint_id = ?", String.class,
                filed.complaintId())).doesNotContain(filed.trackingCode()).hasSize(64);
        // the branch sees it at once, as any other registration
        var seen = new IntakeHttp(new org.springframework.boot.test.web.client.TestRestTemplate()).getAs(
                People.agentOf("SH-XH"), "http://127.0.0.1:" + port + "/api/complaints/" + filed.complaintId(),
                JsonNode.class);
        assertThat(seen.getBody().get("channel").asText()).isEqualTo("WEBSITE");
        assertThat(seen.getBody().get("unitCode").asText()).isEqualTo("SH-XH");
        // and the browser is in a session for it
        JsonNode followed = JSON.readTree(browser.get("/api/portal/complaint").body());
        assertThat(followed.get("registrationNumber").asText()).isEqualTo(filed.registrationNumber());
        assertThat(followed.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(followed.get("timeline").get(0).get("role").asText()).isEqualTo("COMPLAINANT");
    }

    @Test
    void withoutTheEmailedCodeNothingIsRegistered() throws Exception {
        Browser browser = browser();
        String email = freshEmail();
        browser.post("/api/portal/email-codes", "{\"email\":\"" + email + "\"}");
        String code = mailbox.lastEmailCode(email);
        String wrong = code.equals("000000") ? "000001" : "000000";
        int before = complaintsRegistered();

        HttpResponse<String> refused = browser.post("/api/portal/complaints", filing("SH-PD", email, wrong));
        HttpResponse<String> otherAddress = browser.post("/api/portal/complaints", filing("SH-PD", freshEmail(), code));

        for (HttpResponse<String> answer : java.util.List.of(refused, otherAddress)) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"emailCode\"").contains("email-code");
        }
        assertThat(complaintsRegistered()).isEqualTo(before);
    }

    @Test
    void aCodeFilesOneComplaintAndTooManyWrongTriesSpendIt() throws Exception {
        Browser browser = browser();
        String email = freshEmail();
        browser.post("/api/portal/email-codes", "{\"email\":\"" + email + "\"}");
        String code = mailbox.lastEmailCode(email);
        assertThat(browser.post("/api/portal/complaints", filing("SH-PD", email, code)).statusCode()).isEqualTo(201);
        assertThat(browser.post("/api/portal/complaints", filing("SH-PD", email, code)).statusCode()).isEqualTo(400);

        browser.post("/api/portal/email-codes", "{\"email\":\"" + email + "\"}");
        String next = mailbox.lastEmailCode(email);
        String wrong = next.equals("999999") ? "999998" : "999999";
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/api/portal/complaints", filing("SH-PD", email, wrong)).statusCode()).isEqualTo(400);
        }
        int before = complaintsRegistered();
        assertThat(browser.post("/api/portal/complaints", filing("SH-PD", email, next)).statusCode()).isEqualTo(400);
        assertThat(complaintsRegistered()).isEqualTo(before);
    }

    @Test
    void aBadFormIsRefusedNamingEachFieldAndKeepsTheCode() throws Exception {
        Browser browser = browser();
        String email = freshEmail();
        browser.post("/api/portal/email-codes", "{\"email\":\"" + email + "\"}");
        String code = mailbox.lastEmailCode(email);
        int before = complaintsRegistered();

        HttpResponse<String> noConsent = browser.post("/api/portal/complaints", filing("SH-PD", email, code)
                .replace("\"contactConsent\":true", "\"contactConsent\":false"));
        HttpResponse<String> notABranch = browser.post("/api/portal/complaints", filing("SH", email, code));

        assertThat(noConsent.statusCode()).isEqualTo(400);
        assertThat(noConsent.body()).contains("complainant.contactConsent");
        assertThat(notABranch.statusCode()).isEqualTo(400);
        assertThat(notABranch.body()).contains("unitCode").contains("branch-exists");
        assertThat(complaintsRegistered()).isEqualTo(before);
        assertThat(browser.post("/api/portal/complaints", filing("SH-PD", email, code)).statusCode()).isEqualTo(201);
    }

    @Test
    void theBranchesAreListedByRegion() throws Exception {
        JsonNode units = JSON.readTree(browser().get("/api/portal/units").body());
        assertThat(units.findValuesAsText("code")).contains("SH-PD", "BJ-CY", "GZ-TH").doesNotContain("HQ", "SH");
    }
}
