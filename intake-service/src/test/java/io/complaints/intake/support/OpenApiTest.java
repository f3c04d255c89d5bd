package io.complaints.intake.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

/** The API describes itself, with examples, and offers its UI. */
class OpenApiTest extends RunningIntake {

    @Test
    void theWholeApiIsDescribedWithExamples() {
        JsonNode api = http().getAs("agent.shpd", "/v3/api-docs", JsonNode.class).getBody();

        assertThat(api.path("paths").fieldNames()).toIterable().contains(
                "/api/complaints", "/api/complaints/{complaintId}", "/api/complaints/by-number/{registrationNumber}",
                "/api/complaints/{complaintId}/history", "/api/complaints/{complaintId}/amendments",
                "/api/complaints/{complaintId}/withdrawal", "/api/complainants/{reference}/contact");
        JsonNode form = api.path("components").path("schemas").path("RegistrationRequest");
        assertThat(form.path("properties").path("unitCode").path("example").asText()).isEqualTo("SH-PD");
        assertThat(api.path("paths").path("/api/complaints").path("post").path("parameters").findValuesAsText("name"))
                .contains("Idempotency-Key").doesNotContain("actor", "X-Actor-Id", "X-Actor-Unit");
        assertThat(api.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void theUiIsServed() {
        assertThat(http().getAs("agent.shpd", "/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theDescriptionNeedsAToken() {
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
