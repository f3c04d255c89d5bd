package io.complaints.intake.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Following a complaint without an account: the number alone opens nothing; a wrong code and an unknown
 * number get the same answer; wrong codes lock the number and the address out; another complaint's code
 * opens nothing; a session opens its own complaint only and cannot be forged; floods get 429.
 */
class PortalAccessTest extends RunningPortal {

    private static String open(String number, String code) {
        return "{\"registrationNumber\":\"" + number + "\",\"trackingCode\":\"" + code + "\"}";
    }

    @Test
    void theRightNumberAndCodeOpenTheComplaintWhateverTheCaseAndDashesOfTheCode() throws Exception {
        Filed filed = file(browser(), "SH-PD");
        Browser other = browser();

        HttpResponse<String> opened = other.post("/api/portal/session",
                open(filed.registrationNumber(), filed.trackingCode().replace("-", "").toLowerCase()));

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Strict").contains("Max-Age=1800"));
        assertThat(JSON.readTree(other.get("/api/portal/complaint").body()).get("registrationNumber").asText())
                .isEqualTo(filed.registrationNumber());
    }

    @Test
    void aGuessedNumberWithoutTheCodeAndAnUnknownNumberGetTheSameAnswerAndRevealNothing() throws Exception {
        Filed filed = file(browser(), "SH-PD");
        Browser guesser = browser();

        HttpResponse<String> wrongCode = guesser.post("/api/portal/session", open(filed.registrationNumber(), "AAAA-BBBB"));
        HttpResponse<String> noSuchComplaint = guesser.post("/api/portal/session", open("SH-PD-1999010199", "AAAA-BBBB"));

        assertThat(wrongCode.statusCode()).isEqualTo(400).isEqualTo(noSuchComplaint.statusCode());
        assertThat(withoutInstance(wrongCode.body())).isEqualTo(withoutInstance(noSuchComplaint.body()));
        assertThat(wrongCode.body()).contains("trackingCode").doesNotContain(filed.registrationNumber())
                .doesNotContain("张三");
        assertThat(wrongCode.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(guesser.get("/api/portal/complaint").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongCodesRepeatedLockTheComplaintOutEvenForTheRightCodeFromAnotherAddress() throws Exception {
        Filed filed = file(browser(), "SH-PD");
        for (int i = 0; i < 5; i++) {
            assertThat(browser().post("/api/portal/session", open(filed.registrationNumber(), "WRONG-" + i)).statusCode())
                    .isEqualTo(400);
        }

        HttpResponse<String> locked = browser().post("/api/portal/session",
                open(filed.registrationNumber(), filed.trackingCode()));

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void wrongCodesFromOneAddressLockThatAddressOutWhateverTheNumber() throws Exception {
        Filed filed = file(browser(), "SH-PD");
        Browser guesser = browser();
        for (int i = 0; i < 5; i++) {
            guesser.post("/api/portal/session", open("SH-PD-20000101" + (10 + i), "WRONG-CODE"));
        }

        assertThat(guesser.post("/api/portal/session", open(filed.registrationNumber(), filed.trackingCode()))
                .statusCode()).isEqualTo(429);
        assertThat(browser().post("/api/portal/session", open(filed.registrationNumber(), filed.trackingCode()))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anotherComplaintsCodeOpensNothing() throws Exception {
        Filed mine = file(browser(), "SH-PD");
        Filed theirs = file(browser(), "SH-PD");

        HttpResponse<String> refused = browser().post("/api/portal/session",
                open(theirs.registrationNumber(), mine.trackingCode()));

        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void aSessionOpensItsOwnComplaintOnlyAndAForgedOneNothing() throws Exception {
        Browser mine = browser();
        Filed filed = file(mine, "SH-PD");
        Filed other = file(browser(), "SH-PD");
        String signature = mine.cookie.substring(mine.cookie.lastIndexOf('.'));
        String expiry = mine.cookie.split("\\.")[1];

        Browser forger = browser();
        forger.cookie = PortalSessions.COOKIE + "=" + other.complaintId() + "." + expiry + signature;
        HttpResponse<String> forged = forger.get("/api/portal/complaint");
        forger.cookie = PortalSessions.COOKIE + "=" + filed.complaintId() + ".99999999999" + signature;
        HttpResponse<String> extended = forger.get("/api/portal/complaint");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(extended.statusCode()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain(other.registrationNumber());
        assertThat(JSON.readTree(mine.get("/api/portal/complaint").body()).get("registrationNumber").asText())
                .isEqualTo(filed.registrationNumber());
    }

    @Test
    void floodingTheFormsGets429AndRegistersNothing() throws Exception {
        Browser flooder = browser();
        int before = complaintsRegistered();
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> answer = flooder.post("/api/portal/complaints", filing("SH-PD", freshEmail(), "123456"));
            if (answer.statusCode() == 429) {
                refused++;
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(answer.statusCode()).isEqualTo(400);
            }
        }

        assertThat(refused).isGreaterThanOrEqualTo(10);
        assertThat(complaintsRegistered()).isEqualTo(before);
        assertThat(flooder.post("/api/portal/email-codes", "{\"email\":\"" + freshEmail() + "\"}").statusCode())
                .isEqualTo(429);
    }

    @Test
    void aTokenGrantingTheComplainantRoleGrantsNothing() throws Exception {
        var token = io.complaints.testsupport.TestTokens.shared().of("someone", "SH-PD", "COMPLAINANT");
        Browser caller = browser();
        HttpResponse<String> answer = caller.send(caller.request("/api/complaints?unit=SH-PD")
                .header("Authorization", token.bearer()).GET());

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void theComplainantWithdrawsTheirComplaintWithAReasonAndCannotDecideWhatIsNotOffered() throws Exception {
        Browser browser = browser();
        Filed filed = file(browser, "SH-PD");

        HttpResponse<String> decision = browser.post("/api/portal/complaint/remedy-decision", "{\"accepted\":true}");
        HttpResponse<String> noReason = browser.post("/api/portal/complaint/withdrawal", "{\"reason\":\" \"}");
        HttpResponse<String> withdrawn = browser.post("/api/portal/complaint/withdrawal",
                "{\"reason\":\"settled with the branch\"}");

        assertThat(decision.statusCode()).isEqualTo(409);
        assertThat(decision.body()).contains("awaited-now");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        JsonNode after = JSON.readTree(withdrawn.body());
        assertThat(after.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(after.get("allowed")).isEmpty();
        assertThat(after.findValuesAsText("step")).containsExactly("FILED", "WITHDRAWN");
        assertThat(browser.post("/api/portal/complaint/information", "{\"text\":\"more\"}").statusCode()).isEqualTo(409);
    }

    private static String withoutInstance(String problem) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(problem);
        node.remove("instance");
        node.remove("timestamp");
        return node.toString();
    }
}
