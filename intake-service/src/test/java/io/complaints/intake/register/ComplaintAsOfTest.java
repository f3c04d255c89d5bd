package io.complaints.intake.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.intake.registration.Registration;
import io.complaints.intake.support.RunningIntake;

/**
 * A complaint as of a past instant ({@code GET /api/complaints/{id}?asOf=}), replayed from its events:
 * registered, amended and withdrawn at times the history shows, read at each of them and before.
 */
class ComplaintAsOfTest extends RunningIntake {

    private static final String AGENT = "agent.shpd";

    @Test
    void aComplaintAsOfAnInstantIsWhatItsEventsUpToThatInstantMadeIt() {
        Registration registered = http().register("SH-PD", 3, "13900006101");
        String id = registered.complaintId();
        assertThat(http().postAs(AGENT, "/api/complaints/" + id + "/amendments",
                "{\"reason\":\"wrong level\",\"level\":2}", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http().postAs("coordinator.shpd", "/api/complaints/" + id + "/withdrawal",
                "{\"reason\":\"the refund arrived\"}", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        List<Instant> at = http().getAs(AGENT, "/api/complaints/" + id + "/history", JsonNode.class).getBody()
                .findValuesAsText("occurredAt").stream().map(Instant::parse).toList();
        assertThat(at).hasSize(3).doesNotHaveDuplicates().isSorted();

        JsonNode registeredThen = asOf(id, at.get(0)).getBody();
        JsonNode amendedThen = asOf(id, at.get(1)).getBody();
        JsonNode withdrawnThen = asOf(id, at.get(2)).getBody();
        ResponseEntity<JsonNode> beforeRegistration = asOf(id, at.get(0).minusMillis(1));

        assertThat(registeredThen.path("level").asInt()).isEqualTo(3);
        assertThat(registeredThen.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(registeredThen.path("amendments").asInt()).isZero();
        assertThat(amendedThen.path("level").asInt()).isEqualTo(2);
        assertThat(amendedThen.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(amendedThen.path("amendments").asInt()).isEqualTo(1);
        assertThat(withdrawnThen.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawnThen.path("withdrawal").path("reason").asText()).isEqualTo("the refund arrived");
        assertThat(withdrawnThen).as("the replay of every event is the register's view")
                .isEqualTo(http().getAs(AGENT, "/api/complaints/" + id, JsonNode.class).getBody());
        assertThat(beforeRegistration.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMalformedOrFutureAsOfIsRefusedNamingIt() {
        String id = http().register("SH-PD", 3, "13900006102").complaintId();

        ResponseEntity<JsonNode> malformed = http().getAs(AGENT, "/api/complaints/" + id + "?asOf=2026-13-01",
                JsonNode.class);
        ResponseEntity<JsonNode> future = asOf(id, Instant.now().plus(1, ChronoUnit.DAYS));

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(malformed.getBody().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(future.getBody().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
        assertThat(future.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("not-future");
    }

    private ResponseEntity<JsonNode> asOf(String id, Instant instant) {
        return http().getAs(AGENT, "/api/complaints/" + id + "?asOf=" + instant, JsonNode.class);
    }
}
