package io.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;

/**
 * People signed in through the identity provider of the local system (a real Keycloak with the
 * repository's realm) take a complaint from registration to callback, each doing their own step;
 * nobody else sees it.
 */
@ExtendWith(RunningSystem.class)
class SignedInJourneyIT {

    private final Api nobody = new Api(RunningSystem.get());
    private final Api agent = nobody.as("shpd.agent");
    private final Api coordinator = nobody.as("shpd.coordinator");
    private final Api handler = nobody.as("shpd.handler");
    private final Api callbackAgent = nobody.as("shpd.callback");
    private final Api otherBranch = nobody.as("bjcy.coordinator");

    @Test
    void aComplaintGoesFromRegistrationToCallbackThroughTheRightPeople() {
        Api.Answer registered = agent.register("SH-PD", 3, "13811112222");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().path("complaintId").asText();
        String number = registered.json().path("registrationNumber").asText();
        await("the case is opened").atMost(Duration.ofSeconds(30))
                .until(() -> coordinator.get(RunningSystem.HANDLING, "/api/cases/" + id).status() == 200);

        step(coordinator, id, "/triage", """
                {"level":3,"responsibleDepartment":"billing"}""");
        step(coordinator, id, "/assignment", """
                {"handlerId":"shpd.handler","handlerName":"Handler of Pudong","handlerDepartment":"billing"}""");
        step(handler, id, "/contact", """
                {"note":"called the complainant; the October bill is being checked"}""");
        step(handler, id, "/findings", """
                {"findings":"the October bill was issued twice","causeCode":"BILLING-ERROR"}""");
        step(handler, id, "/remedies", """
                {"measures":"refund the second charge","responsiblePerson":"shpd.handler","dueDate":"%s"}"""
                .formatted(LocalDate.now().plusDays(2)));
        step(handler, id, "/remedy/offer", "{}");
        step(handler, id, "/remedy/decision", """
                {"accepted":true}""");
        step(handler, id, "/remedy/execution", """
                {"result":"refunded"}""");
        step(coordinator, id, "/callback/instruction", "{}");
        step(callbackAgent, id, "/callback", """
                {"satisfaction":"SATISFIED","comment":"quick and friendly"}""");

        assertThat(coordinator.get(RunningSystem.HANDLING, "/api/cases/" + id).json().path("status").asText())
                .isEqualTo("CLOSED");
        JsonNode row = await("the ledger shows it closed").atMost(Duration.ofSeconds(30))
                .until(() -> coordinator.get(RunningSystem.ANALYTICS, "/api/ledger/" + number),
                        answer -> answer.status() == 200 && "CLOSED".equals(answer.json().path("status").asText()))
                .json();
        assertThat(row.path("complaintId").asText()).isEqualTo(id);
    }

    @Test
    void nobodyAndAnotherBranchSeeNothingOfTheComplaint() {
        Api.Answer registered = agent.register("SH-PD", 3, "13811113333");
        String id = registered.json().path("complaintId").asText();
        String number = registered.json().path("registrationNumber").asText();
        await("the ledger row").atMost(Duration.ofSeconds(30))
                .until(() -> coordinator.get(RunningSystem.ANALYTICS, "/api/ledger/" + number).status() == 200);

        Api.Answer anonymous = nobody.get(RunningSystem.INTAKE, "/api/complaints/" + id);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(otherBranch.get(RunningSystem.INTAKE, "/api/complaints/" + id).status()).isEqualTo(404);
        assertThat(otherBranch.get(RunningSystem.HANDLING, "/api/cases/" + id).status()).isEqualTo(404);
        assertThat(otherBranch.get(RunningSystem.ANALYTICS, "/api/ledger/" + number).status()).isEqualTo(404);
        assertThat(otherBranch.post(RunningSystem.INTAKE, "/api/complaints/" + id + "/withdrawal", """
                {"reason":"not mine to withdraw"}""").status()).isEqualTo(404);
        assertThat(coordinator.get(RunningSystem.INTAKE, "/api/complaints/" + id).json().path("status").asText())
                .isEqualTo("REGISTERED");
    }

    private static void step(Api actor, String caseId, String step, String body) {
        Api.Answer answer = actor.post(RunningSystem.HANDLING, "/api/cases/" + caseId + step, body);
        assertThat(answer.status()).as(step + " answered " + answer.body()).isIn(200, 201, 202, 204);
    }
}
