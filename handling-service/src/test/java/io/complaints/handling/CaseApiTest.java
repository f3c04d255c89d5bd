package io.complaints.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.complaints.events.EventTypes;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.handling.api.SignedInApiTest;
import io.complaints.handling.cases.OpenCase;
import io.complaints.platform.Actor;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.TopicReader;

/**
 * The HTTP API of handling over real PostgreSQL and Kafka: each step of a case answered 204 and
 * visible at once in the case view, the work lists and the history; every refusal a problem+json
 * naming its rule; the events published.
 */
class CaseApiTest extends SignedInApiTest {

    private static final UnitRef BRANCH = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));

    @Autowired
    private CommandGateway commands;

    private String openCase(int level) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenCase(id, "SH-PD-" + id.substring(0, 8), BRANCH, level, List.of(), "billing",
                "Wang Wei", Instant.now(), Actor.system("SH-PD")));
        return id;
    }

    /** Signed in as this person: the token names them, nothing else in the request does. */
    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String id, String unit,
                                                    String role, String department) {
        TestTokens.Token token = TOKENS.of(id, unit, role.split(","));
        return as(department == null ? token : token.department(department), request);
    }

    private ResultActions step(String caseId, String path, String role, String body) throws Exception {
        return step(caseId, path, "someone." + role.toLowerCase(), "SH-PD", role, "customer-service", body);
    }

    private ResultActions step(String caseId, String path, String actor, String unit, String role, String department,
                               String body) throws Exception {
        MockHttpServletRequestBuilder request = as(post("/api/cases/" + caseId + path), actor, unit, role, department);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return http.perform(request);
    }

    private ResultActions view(String caseId) throws Exception {
        return http.perform(as(get("/api/cases/" + caseId), "coord.li", "SH-PD", "COORDINATOR", null));
    }

    private void triaged(String caseId, int level) throws Exception {
        step(caseId, "/triage", "COORDINATOR", "{\"level\":" + level + ",\"responsibleDepartment\":\"billing\"}")
                .andExpect(status().isNoContent());
    }

    /** The branch's handler ({@code someone.handler}, of customer service) gets the case. */
    private void assigned(String caseId) throws Exception {
        step(caseId, "/assignment", "COORDINATOR",
                "{\"handlerId\":\"someone.handler\",\"handlerName\":\"Zhao Min\",\"handlerDepartment\":\"customer-service\"}")
                .andExpect(status().isNoContent());
    }

    /** Findings and a remedy by the assigned handler. */
    private void remedyProposed(String caseId) throws Exception {
        step(caseId, "/findings", "HANDLER", "{\"findings\":\"meter misread\",\"causeCode\":\"METER-READING\"}")
                .andExpect(status().isNoContent());
        step(caseId, "/remedies", "HANDLER", """
                {"measures":"correct the bill","responsiblePerson":"handler.zhao","dueDate":"2030-01-10"}""")
                .andExpect(status().isNoContent());
    }

    @Test
    void eachStepIsVisibleAtOnceInTheCaseViewTheListsAndTheHistory() throws Exception {
        String caseId = openCase(3);
        view(caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_TRIAGE"))
                .andExpect(jsonPath("$.deadlines.TRIAGE").exists());

        step(caseId, "/triage", "COORDINATOR", "{\"level\":2,\"responsibleDepartment\":\"billing\"}")
                .andExpect(status().isNoContent());
        view(caseId).andExpect(jsonPath("$.status").value("INVESTIGATING"))
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.holderUnit").value("SH"))
                .andExpect(jsonPath("$.escalationsOpen").value(true))
                .andExpect(jsonPath("$.deadlines.TRIAGE").doesNotExist())
                .andExpect(jsonPath("$.deadlines.CONTACT").exists())
                .andExpect(jsonPath("$.deadlines.SETTLE").exists());

        assigned(caseId);
        http.perform(as(get("/api/worklists/mine"), "someone.handler", "SH-PD", "HANDLER", "customer-service"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cases[*].caseId", hasItem(caseId)));

        remedyProposed(caseId);
        http.perform(as(get("/api/worklists/approvals"), "gm.chen", "SH", "APPROVER", null))
                .andExpect(jsonPath("$.cases[*].caseId", hasItem(caseId)));
        http.perform(as(get("/api/worklists/approvals"), "gm.liu", "BJ", "APPROVER", null))
                .andExpect(jsonPath("$.cases[*].caseId", not(hasItem(caseId))));
        http.perform(as(get("/api/worklists/escalated"), "hq.wu", "HQ", "HQ_SUPERVISOR", null))
                .andExpect(jsonPath("$.cases[*].caseId", hasItem(caseId)));

        step(caseId, "/remedy/approval", "gm.chen", "SH", "APPROVER", "management", "{\"comment\":\"agreed\"}")
                .andExpect(status().isNoContent());
        step(caseId, "/remedy/offer", "HANDLER", null).andExpect(status().isNoContent());
        step(caseId, "/remedy/decision", "HANDLER", "{\"accepted\":true}").andExpect(status().isNoContent());
        step(caseId, "/remedy/execution", "HANDLER", "{\"result\":\"bill corrected\"}").andExpect(status().isNoContent());
        // the subsidiary's complaints lead, coordinating and approving: the history keeps both roles
        step(caseId, "/callback/instruction", "lead.sh", "SH", "COORDINATOR,APPROVER", "office", null)
                .andExpect(status().isNoContent());
        http.perform(as(get("/api/worklists/callbacks"), "agent.sun", "SH-PD", "CALLBACK_AGENT", "quality"))
                .andExpect(jsonPath("$.cases[*].caseId", hasItem(caseId)));
        http.perform(as(get("/api/worklists/callbacks"), "agent.gao", "SH-PD", "CALLBACK_AGENT", "billing"))
                .andExpect(jsonPath("$.cases[*].caseId", not(hasItem(caseId))));

        step(caseId, "/callback", "agent.sun", "SH-PD", "CALLBACK_AGENT", "quality",
                "{\"satisfaction\":\"SATISFIED\",\"comment\":\"quick\"}").andExpect(status().isNoContent());
        view(caseId).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("RESOLVED"))
                .andExpect(jsonPath("$.satisfaction").value("SATISFIED"))
                .andExpect(jsonPath("$.escalationsOpen").value(false));

        http.perform(as(get("/api/cases/" + caseId + "/history"), "coord.li", "SH-PD", "COORDINATOR", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].event").value("CaseOpened"))
                .andExpect(jsonPath("$[?(@.event == 'CaseTriaged')].actor", contains("someone.coordinator")))
                .andExpect(jsonPath("$[?(@.event == 'CaseTriaged')].role", contains("COORDINATOR")))
                .andExpect(jsonPath("$[?(@.event == 'Escalated')].reason", contains("LEVEL_2_AT_TRIAGE")))
                .andExpect(jsonPath("$[?(@.event == 'RemedyApproved')].unit", contains("SH")))
                .andExpect(jsonPath("$[?(@.event == 'CallbackInstructed')].role", contains("APPROVER,COORDINATOR")))
                .andExpect(jsonPath("$[-2].event").value("EscalationsResolved"))
                .andExpect(jsonPath("$[-1].event").value("EffectivenessReviewDue"));
        http.perform(as(get("/actuator/prometheus"), "operator.hq", "HQ", "OPERATOR", null)).andExpect(content().string(containsString(
                "complaints_cases_closed_total{")))
                .andExpect(content().string(containsString("outcome=\"RESOLVED\"")));
    }

    @Test
    void everyStepOfTheCaseIsPublished() throws Exception {
        String caseId = openCase(1);
        triaged(caseId, 1);
        CloudEventCodec codec = new CloudEventCodec();
        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(Infrastructure.shared().kafkaBootstrapServers(),
                Topics.HANDLING, records -> records.stream().filter(r -> caseId.equals(r.key())).count() >= 7,
                Duration.ofSeconds(30));
        List<String> types = published.stream().filter(r -> caseId.equals(r.key()))
                .map(r -> codec.decode(r.value()).orElseThrow().type()).toList();
        assertThat(types).containsExactly(EventTypes.CASE_OPENED, "io.complaints.handling.DeadlineSet.v1",
                "io.complaints.handling.CaseTriaged.v1", "io.complaints.handling.DeadlineMet.v1",
                "io.complaints.handling.DeadlineSet.v1", "io.complaints.handling.DeadlineSet.v1",
                "io.complaints.handling.Escalated.v1");
    }

    @Test
    void aMalformedBodyNamesTheFieldAndChangesNothing() throws Exception {
        String caseId = openCase(3);
        problem(step(caseId, "/triage", "COORDINATOR", "{\"level\":5,\"responsibleDepartment\":\"billing\"}"), 400, "Max");
        problem(step(caseId, "/triage", "COORDINATOR", "{\"level\":3,\"responsibleDepartment\":\"bil ling\"}"), 400,
                "Pattern");
        problem(step(caseId, "/triage", "COORDINATOR", "{\"level\":3}"), 400, "NotNull");
        problem(step(caseId, "/triage", "COORDINATOR", "{\"level\":3,\"responsibleDepartment\":\"billing\",\"x\":1}"),
                400, "unknown-field");
        problem(step(caseId, "/invalidity", "COORDINATOR", "{\"reason\":\"BAD_WEATHER\",\"explanation\":\"x\"}"), 400,
                "enum");
        problem(step(caseId, "/callback", "CALLBACK_AGENT", "{\"satisfaction\":\"SATISFIED\",\"method\":\"PIGEON\"}"),
                400, "enum");
        view(caseId).andExpect(jsonPath("$.status").value("AWAITING_TRIAGE"));
    }

    @Test
    void aDepartmentTheUnitDoesNotListIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String caseId = openCase(3);
        problem(step(caseId, "/triage", "COORDINATOR", "{\"level\":3,\"responsibleDepartment\":\"catering\"}"), 400,
                "unknown-department");
        step(caseId, "/triage", "COORDINATOR", "{\"level\":3,\"responsibleDepartment\":\"catering\"}")
                .andExpect(jsonPath("$.errors[0].field").value("responsibleDepartment"));
        view(caseId).andExpect(jsonPath("$.status").value("AWAITING_TRIAGE"));
        triaged(caseId, 3);
        problem(step(caseId, "/retriage", "COORDINATOR",
                "{\"level\":2,\"responsibleDepartment\":\"catering\",\"reason\":\"six households\"}"), 400,
                "unknown-department");
        problem(step(caseId, "/assignment", "COORDINATOR",
                "{\"handlerId\":\"other.handler\",\"handlerName\":\"Qian Li\",\"handlerDepartment\":\"catering\"}"),
                400, "unknown-department");
        view(caseId).andExpect(jsonPath("$.level").value(3)).andExpect(jsonPath("$.responsibleDepartment").value("billing"))
                .andExpect(jsonPath("$.handlerId").doesNotExist());
    }

    @Test
    void anEffectivenessReviewTakesTheCaseOffItsListAndIsRecordedOnce() throws Exception {
        String caseId = cases.caseAt(io.complaints.handling.api.CaseDriver.Stage.REVIEW_DUE, "SH-PD");
        http.perform(as(get("/api/worklists/effectiveness-reviews"), "coord.li", "SH-PD", "COORDINATOR",
                null)).andExpect(jsonPath("$.cases[*].caseId", hasItem(caseId)));
        problem(step(caseId, "/effectiveness-review", "COORDINATOR", "{\"outcome\":\"EFFECTIVE\"}"), 400, "NotNull");
        problem(step(caseId, "/effectiveness-review", "COORDINATOR", "{\"outcome\":\"USEFUL\",\"note\":\"x\"}"),
                400, "enum");

        step(caseId, "/effectiveness-review", "COORDINATOR",
                "{\"outcome\":\"NOT_EFFECTIVE\",\"note\":\"estimated readings again in December\"}")
                .andExpect(status().isNoContent());
        http.perform(as(get("/api/worklists/effectiveness-reviews"), "coord.li", "SH-PD", "COORDINATOR",
                null)).andExpect(jsonPath("$.cases[*].caseId", not(hasItem(caseId))));
        problem(step(caseId, "/effectiveness-review", "COORDINATOR",
                "{\"outcome\":\"EFFECTIVE\",\"note\":\"fine after all\"}"), 409, "review-due");
        http.perform(as(get("/api/cases/" + caseId + "/history"), "coord.li", "SH-PD", "COORDINATOR", null))
                .andExpect(content().string(containsString("EffectivenessReviewed")));
    }

    @Test
    void theDepartmentsOfAUnitAreTheOnesItsCasesMayName() throws Exception {
        http.perform(as(get("/api/organisation/units/SH-PD/departments"), "coord.li", "SH-PD", "COORDINATOR", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SH-PD"))
                .andExpect(jsonPath("$.departments[*].code", hasItem("billing")))
                .andExpect(jsonPath("$.departments[*].code", hasItem("metering")))
                .andExpect(jsonPath("$.departments[?(@.code == 'billing')].nameZh").value(contains("收费部")))
                .andExpect(jsonPath("$.departments[?(@.code == 'billing')].nameEn").value(contains("Billing")));
        http.perform(as(get("/api/organisation/units/XX-NONE/departments"), "coord.li", "SH-PD", "COORDINATOR", null))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCorrectionOfTriageRaisesTheLevelWithItsReasonAndARefusedOneChangesNothing() throws Exception {
        String caseId = openCase(3);
        triaged(caseId, 3);
        problem(step(caseId, "/retriage", "COORDINATOR", "{\"level\":1,\"responsibleDepartment\":\"billing\"}"),
                400, "NotNull");
        problem(step(caseId, "/retriage", "COORDINATOR",
                "{\"level\":3,\"responsibleDepartment\":\"billing\",\"reason\":\"same\"}"), 409,
                "retriage-changes-something");
        view(caseId).andExpect(jsonPath("$.level").value(3)).andExpect(jsonPath("$.holderUnit").value("SH-PD"));

        step(caseId, "/retriage", "COORDINATOR",
                "{\"level\":1,\"responsibleDepartment\":\"metering\",\"reason\":\"the complainant was injured\"}")
                .andExpect(status().isNoContent());
        view(caseId).andExpect(jsonPath("$.level").value(1))
                .andExpect(jsonPath("$.responsibleDepartment").value("metering"))
                .andExpect(jsonPath("$.holderUnit").value("HQ"))
                .andExpect(jsonPath("$.status").value("INVESTIGATING"));

        assigned(caseId);
        problem(step(caseId, "/assignment", "COORDINATOR",
                "{\"handlerId\":\"other.handler\",\"handlerName\":\"Qian Li\",\"handlerDepartment\":\"metering\"}"),
                400, "reason-to-reassign");
        view(caseId).andExpect(jsonPath("$.handlerId").value("someone.handler"));
        step(caseId, "/assignment", "COORDINATOR", "{\"handlerId\":\"other.handler\",\"handlerName\":\"Qian Li\","
                + "\"handlerDepartment\":\"metering\",\"reason\":\"someone.handler is on leave\"}")
                .andExpect(status().isNoContent());
        view(caseId).andExpect(jsonPath("$.handlerId").value("other.handler"));
    }

    @Test
    void theActorIsWhomTheTokenNamesAndNoHeaderNamesAnyone() throws Exception {
        String caseId = openCase(3);
        ResultActions anonymous = http.perform(post("/api/cases/" + caseId + "/takeover")
                .header("X-Actor-Id", "hq.wu").header("X-Actor-Unit", "HQ").header("X-Actor-Role", "HQ_SUPERVISOR"));
        anonymous.andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        problem(http.perform(as(post("/api/cases/" + caseId + "/takeover"), "coord.li", "SH-PD", "COORDINATOR", null)
                .header("X-Actor-Role", "HQ_SUPERVISOR").header("X-Actor-Unit", "HQ")), 403, "role");
        http.perform(as(post("/api/cases/" + caseId + "/takeover"), "hq.wu", "HQ", "BOSS", null))
                .andExpect(status().isForbidden());
        http.perform(as(post("/api/cases/" + caseId + "/takeover"), "hq.wu", "HQ", "SYSTEM", null))
                .andExpect(status().isForbidden());
        view(caseId).andExpect(jsonPath("$.holderUnit").value("SH-PD"));
    }

    @Test
    void aStepOfAnotherRoleIsForbiddenAndACaseOfAnotherUnitIsNotFound() throws Exception {
        String caseId = openCase(3);
        ResultActions handlerTriages = step(caseId, "/triage", "HANDLER", "{\"level\":3,\"responsibleDepartment\":\"billing\"}");
        problem(handlerTriages, 403, "role");
        handlerTriages.andExpect(jsonPath("$.type").value("urn:complaints:problem:not-permitted"));
        problem404(step(caseId, "/triage", "coord.ma", "BJ-CY", "COORDINATOR", null,
                "{\"level\":3,\"responsibleDepartment\":\"billing\"}"));
        view(caseId).andExpect(jsonPath("$.status").value("AWAITING_TRIAGE"));
    }

    @Test
    void aStepOutOfTurnOrAgainstARuleIsAConflict() throws Exception {
        String caseId = openCase(3);
        problem(step(caseId, "/remedy/offer", "HANDLER", null), 409, "status");
        triaged(caseId, 3);
        problem(step(caseId, "/assignment", "COORDINATOR",
                "{\"handlerId\":\"h.2\",\"handlerName\":\"Wang Wei\",\"handlerDepartment\":\"billing\"}"), 409,
                "conflict-of-interest");
        problem(step(caseId, "/findings", "COORDINATOR", "{\"findings\":\"bad luck\",\"causeCode\":\"BAD-LUCK\"}"),
                400, "cause-catalogue");
        problem(step(caseId, "/remedies", "COORDINATOR", """
                {"measures":"correct","responsiblePerson":"h","dueDate":"2030-01-10"}"""), 409, "findings-first");
        problem(step(caseId, "/clock/resume", "HANDLER", null), 409, "clock-paused");
        view(caseId).andExpect(jsonPath("$.status").value("INVESTIGATING"))
                .andExpect(jsonPath("$.handlerId").doesNotExist());
    }

    @Test
    void aDeclineNeedsItsReasonAndAnInsiderCannotCallBack() throws Exception {
        String caseId = openCase(3);
        triaged(caseId, 3);
        assigned(caseId);
        remedyProposed(caseId);
        step(caseId, "/remedy/offer", "HANDLER", null).andExpect(status().isNoContent());
        problem(step(caseId, "/remedy/decision", "HANDLER", "{\"accepted\":false}"), 400, "NotNull");
        step(caseId, "/remedy/decision", "HANDLER", "{\"accepted\":true}").andExpect(status().isNoContent());
        step(caseId, "/remedy/execution", "HANDLER", "{\"result\":\"done\"}").andExpect(status().isNoContent());
        step(caseId, "/callback/instruction", "COORDINATOR", null).andExpect(status().isNoContent());
        problem(step(caseId, "/callback", "agent.gao", "SH-PD", "CALLBACK_AGENT", "billing",
                "{\"satisfaction\":\"SATISFIED\"}"), 403, "callback-independence");
        view(caseId).andExpect(jsonPath("$.status").value("CALLBACK_DUE"));
    }

    @Test
    void anUnknownCaseIsNotFoundEverywhere() throws Exception {
        String nobody = UUID.randomUUID().toString();
        problem404(step(nobody, "/triage", "COORDINATOR", "{\"level\":3,\"responsibleDepartment\":\"billing\"}"));
        problem404(view(nobody));
        problem404(http.perform(as(get("/api/cases/" + nobody + "/history"), "coord.li", "SH-PD", "COORDINATOR", null)));
        String elsewhere = openCase(3);
        problem404(http.perform(as(get("/api/cases/" + elsewhere), "coord.ma", "BJ-CY", "COORDINATOR", null)));
    }

    @Test
    void anUnknownWorklistOrBadPageIsRefused() throws Exception {
        problem(http.perform(as(get("/api/worklists/everything"), "coord.li", "SH-PD", "COORDINATOR", null)), 400,
                "enum");
        problem(http.perform(as(get("/api/worklists/mine?size=1000"), "handler.zhao", "SH-PD", "HANDLER", null)), 400,
                "Max");
        problem(http.perform(as(get("/api/worklists/mine?unit=sh pd"), "handler.zhao", "SH-PD", "HANDLER", null)), 400,
                "Pattern");
    }

    @Test
    void theApiIsDescribedWithBearerTokensAndNoActorHeaders() throws Exception {
        http.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        http.perform(as(get("/v3/api-docs"), "coord.li", "SH-PD", "COORDINATOR", null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/triage'].post.parameters[*].name",
                        not(hasItem("X-Actor-Role"))))
                .andExpect(jsonPath("$.paths['/api/worklists/{list}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/history'].get").exists());
    }

    private static void problem404(ResultActions result) throws Exception {
        result.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title", containsString("not found")));
    }
}
