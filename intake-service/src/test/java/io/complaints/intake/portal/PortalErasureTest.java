package io.complaints.intake.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.complaints.intake.support.People;

/** Erasing the complainant's personal data ends their portal access: the session, and the tracking code. */
class PortalErasureTest extends RunningPortal {

    @Test
    void anErasedComplainantsSessionAndTrackingCodeOpenNothingAnyMore() throws Exception {
        Browser complainant = browser();
        Filed filed = file(complainant, "SH-PD");
        assertThat(complainant.get("/api/portal/complaint").statusCode()).isEqualTo(200);
        Browser coordinator = browser();
        String reference = JSON.readTree(coordinator.send(signedIn(coordinator.request("/api/complaints/"
                + filed.complaintId())).GET()).body()).path("complainant").path("reference").asText();

        HttpResponse<String> erased = coordinator.send(signedIn(coordinator.request("/api/complainants/" + reference
                + "/erasure")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"asked in the branch\"}")));

        assertThat(erased.statusCode()).isEqualTo(204);
        assertThat(complainant.get("/api/portal/complaint").statusCode()).isEqualTo(401);
        assertThat(browser().post("/api/portal/session", "{\"registrationNumber\":\"" + filed.registrationNumber()
                + "\",\"trackingCode\":\"" + filed.trackingCode() + "\"}").statusCode()).isEqualTo(400);
    }

    private static HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        return request.header("Authorization", People.bearer("coordinator.shpd"));
    }
}
