package io.complaints.analytics.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.analytics.Callers;
import io.complaints.analytics.TestStores;

/** The API describes itself, for a signed-in caller, and offers its UI. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_openapi");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private ObjectMapper json;

    @Test
    void theWholeApiIsDescribedWithTheLedgersSelectionAndBearerTokens() throws Exception {
        JsonNode api = json.readTree(http.perform(get("/v3/api-docs").header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(api.path("info").path("title").asText()).isEqualTo("analytics-service");
        assertThat(api.path("paths").fieldNames()).toIterable().contains(
                "/api/ledger", "/api/ledger/{registrationNumber}", "/api/ledger/export.{extension}",
                "/api/complaints/{complaintId}/timeline", "/api/escalations", "/api/statistics",
                "/api/statistics/causes", "/api/statistics/summary/{year}", "/api/statistics/as-published");
        JsonNode ledger = api.path("paths").path("/api/ledger").path("get");
        assertThat(ledger.path("parameters").findValuesAsText("name"))
                .contains("unit", "from", "to", "status", "level", "category", "channel", "department", "overdue",
                        "sort", "page", "size", "asOf")
                .doesNotContain("actor", "viewer", "filter", "X-Actor-Id", "X-Actor-Unit");
        assertThat(api.path("paths").path("/api/statistics").path("get").path("parameters").findValuesAsText("name"))
                .containsExactlyInAnyOrder("unit", "period", "by");
        assertThat(api.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void theDescriptionNeedsATokenAndTheUiIsServed() throws Exception {
        http.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        http.perform(get("/swagger-ui/index.html").header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk());
    }
}
