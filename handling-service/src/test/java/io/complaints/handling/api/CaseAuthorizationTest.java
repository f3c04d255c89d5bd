package io.complaints.handling.api;

import static io.complaints.platform.Role.ANALYST;
import static io.complaints.platform.Role.APPROVER;
import static io.complaints.platform.Role.CALLBACK_AGENT;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HANDLER;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import io.complaints.handling.api.CaseDriver.Stage;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.testsupport.TestTokens;

/**
 * Who may act on and read which case, object by object (DOMAIN.md, "Roles", "Organisation"): a case
 * of another unit does not exist for the caller; a role that does not do the step is refused; the
 * separation of duties holds over HTTP. Every refusal changes nothing.
 */
class CaseAuthorizationTest extends SignedInApiTest {

    private static final String FINDINGS = "{\"findings\":\"meter misread\",\"causeCode\":\"METER-READING\"}";

    private ResultActions step(TestTokens.Token who, String caseId, String step, String body) throws Exception {
        return http.perform(json(as(who, post("/api/cases/" + caseId + "/" + step)), body));
    }

    private ResultActions view(String caseId) throws Exception {
        return http.perform(as(person(HQ_SUPERVISOR, "HQ"), get("/api/cases/" + caseId)));
    }

    @Test
    void aHandlerOfAnotherBranchRecordingFindingsOnAShanghaiCaseFindsNoCaseAndNothingIsStored() throws Exception {
        String caseId = cases.caseAt(Stage.ASSIGNED, "SH-PD");
        long before = lastSequence(caseId);

        notFound(step(person(HANDLER, "BJ-CY"), caseId, "findings", FINDINGS));

        assertThat(lastSequence(caseId)).isEqualTo(before);
        notFound(step(person(HANDLER, "BJ-CY"), UUID.randomUUID().toString(), "findings", FINDINGS));
    }

    @Test
    void anApproverApprovingTheirOwnProposalIsRefusedByFourEyes() throws Exception {
        // the subsidiary's complaints lead coordinates and approves: they propose, so someone else approves
        TestTokens.Token lead = TOKENS.of("lead.sh", "SH", "COORDINATOR", "APPROVER").department("office");
        String caseId = cases.caseAt(Stage.AWAITING_TRIAGE, "SH-PD");
        step(lead, caseId, "triage", "{\"level\":2,\"responsibleDepartment\":\"billing\"}").andExpect(status().isNoContent());
        step(lead, caseId, "findings", FINDINGS).andExpect(status().isNoContent());
        step(lead, caseId, "remedies", "{\"measures\":\"correct the bill\",\"responsiblePerson\":\"handler.shpd\","
                + "\"dueDate\":\"2030-01-10\"}").andExpect(status().isNoContent());
        long before = lastSequence(caseId);

        problem(step(lead, caseId, "remedy/approval", "{\"comment\":\"fine by me\"}"), 403, "four-eyes");

        assertThat(lastSequence(caseId)).isEqualTo(before);
        view(caseId).andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        step(person(APPROVER, "SH"), caseId, "remedy/approval", "{\"comment\":\"agreed\"}")
                .andExpect(status().isNoContent());
    }

    @Test
    void aCallbackAgentWhoIsTheCasesHandlerIsRefused() throws Exception {
        Actor handler = new Actor("zhao.min", "SH-PD", Role.HANDLER, "metering");
        String caseId = cases.caseAt(Stage.CALLBACK_DUE, "SH-PD", handler);
        long before = lastSequence(caseId);
        TestTokens.Token sameperson = TOKENS.of("zhao.min", "SH-PD", "CALLBACK_AGENT").department("service");

        problem(step(sameperson, caseId, "callback", "{\"satisfaction\":\"SATISFIED\"}"), 403, "callback-independence");

        assertThat(lastSequence(caseId)).isEqualTo(before);
        view(caseId).andExpect(jsonPath("$.status").value("CALLBACK_DUE"));
    }

    @Test
    void aCallbackAgentOfTheResponsibleDepartmentIsRefused() throws Exception {
        String caseId = cases.caseAt(Stage.CALLBACK_DUE, "SH-PD");
        long before = lastSequence(caseId);
        TestTokens.Token insider = TOKENS.of("callback.billing", "SH-PD", "CALLBACK_AGENT").department("billing");

        problem(step(insider, caseId, "callback", "{\"satisfaction\":\"SATISFIED\"}"), 403, "callback-independence");

        assertThat(lastSequence(caseId)).isEqualTo(before);
    }

    @Test
    void anotherHandlerThanTheAssignedOneMayNotRecordFindings() throws Exception {
        String caseId = cases.caseAt(Stage.ASSIGNED, "SH-PD");
        long before = lastSequence(caseId);

        problem(step(TOKENS.of("handler.qian", "SH-PD", "HANDLER").department("billing"), caseId, "findings", FINDINGS),
                403, "assigned-handler");

        assertThat(lastSequence(caseId)).isEqualTo(before);
    }

    @Test
    void aCoordinatorOfTheSubsidiaryTriagesACaseOfItsBranch() throws Exception {
        String caseId = cases.caseAt(Stage.AWAITING_TRIAGE, "SH-PD");

        step(person(COORDINATOR, "SH"), caseId, "triage", "{\"level\":3,\"responsibleDepartment\":\"billing\"}")
                .andExpect(status().isNoContent());

        view(caseId).andExpect(jsonPath("$.status").value("INVESTIGATING"));
    }

    @Test
    void theHqSupervisorTakesOverACaseOfAnyUnit() throws Exception {
        for (String branch : new String[]{"SH-PD", "BJ-CY", "GZ-TH"}) {
            String caseId = cases.caseAt(Stage.INVESTIGATING, branch);

            step(person(HQ_SUPERVISOR, "HQ"), caseId, "takeover", null).andExpect(status().isNoContent());

            view(caseId).andExpect(jsonPath("$.holderUnit").value("HQ"));
        }
    }

    @Test
    void anAnalystCallingACommandIsRefusedByRoleAndNothingChanges() throws Exception {
        String caseId = cases.caseAt(Stage.AWAITING_TRIAGE, "SH-PD");
        long before = lastSequence(caseId);

        problem(step(person(ANALYST, "HQ"), caseId, "triage", "{\"level\":3,\"responsibleDepartment\":\"billing\"}"),
                403, "role");
        problem(step(person(ANALYST, "SH-PD"), caseId, "takeover", null), 403, "role");
        problem(http.perform(as(person(ANALYST, "HQ"), get("/api/cases/" + caseId))), 403, "role");

        assertThat(lastSequence(caseId)).isEqualTo(before);
        view(caseId).andExpect(jsonPath("$.status").value("AWAITING_TRIAGE"));
    }

    @Test
    void theCaseAndItsHistoryOfAnotherBranchAreNotFound() throws Exception {
        String caseId = cases.caseAt(Stage.INVESTIGATING, "SH-PD");
        TestTokens.Token elsewhere = person(COORDINATOR, "BJ-CY");
        TestTokens.Token sibling = person(COORDINATOR, "SH-XH");

        notFound(http.perform(as(elsewhere, get("/api/cases/" + caseId))));
        notFound(http.perform(as(elsewhere, get("/api/cases/" + caseId + "/history"))));
        notFound(http.perform(as(sibling, get("/api/cases/" + caseId + "/history"))));
        http.perform(as(person(COORDINATOR, "SH"), get("/api/cases/" + caseId + "/history")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].event").value("CaseOpened"));
    }

    @Test
    void aListOfAUnitOutsideTheCallersUnitsIsRefused() throws Exception {
        problem(http.perform(as(person(COORDINATOR, "SH-PD"), get("/api/worklists/overdue?unit=BJ-CY"))), 403,
                "unit-scope");
        problem(http.perform(as(person(COORDINATOR, "SH-PD"), get("/api/worklists/overdue?unit=SH"))), 403,
                "unit-scope");
        problem(http.perform(as(person(APPROVER, "SH"), get("/api/worklists/approvals?unit=NOWHERE"))), 403,
                "unit-scope");
        http.perform(as(person(APPROVER, "SH"), get("/api/worklists/approvals?unit=SH-PD"))).andExpect(status().isOk());
        http.perform(as(person(HQ_SUPERVISOR, "HQ"), get("/api/worklists/escalated?unit=GZ-TH")))
                .andExpect(status().isOk());
    }

    @Test
    void aListWithoutAUnitIsOfTheCallersOwnUnitAndThoseBelowIt() throws Exception {
        String pudong = cases.caseAt(Stage.AWAITING_APPROVAL, "SH-PD");
        String chaoyang = cases.caseAt(Stage.AWAITING_APPROVAL, "BJ-CY");

        http.perform(as(person(APPROVER, "SH"), get("/api/worklists/approvals?size=200"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[*].caseId", hasItem(pudong)))
                .andExpect(jsonPath("$.cases[*].caseId", not(hasItem(chaoyang))));
        http.perform(as(person(APPROVER, "SH-XH"), get("/api/worklists/approvals?size=200")))
                .andExpect(jsonPath("$.cases[*].caseId", not(hasItem(pudong))));
        http.perform(as(person(APPROVER, "HQ"), get("/api/worklists/approvals?size=200")))
                .andExpect(jsonPath("$.cases[*].caseId", hasItem(chaoyang)));
    }

    @Test
    void eachWorkListIsForTheRolesWhoseWorkItLists() throws Exception {
        expectList("mine", HANDLER, COORDINATOR);
        expectList("approvals", APPROVER, HANDLER);
        expectList("callbacks", CALLBACK_AGENT, APPROVER);
        expectList("overdue", COORDINATOR, CALLBACK_AGENT);
        expectList("escalated", HQ_SUPERVISOR, HANDLER);
        expectList("triage", COORDINATOR, HANDLER);
        expectList("callbacks-to-instruct", COORDINATOR, CALLBACK_AGENT);
        expectList("invalid-to-explain", HQ_SUPERVISOR, APPROVER);
        expectList("effectiveness-reviews", COORDINATOR, HANDLER);
        problem(http.perform(as(person(COORDINATOR, "SH-PD"), get("/api/worklists/MINE"))), 400, "enum");
    }

    private void expectList(String list, Role reader, Role other) throws Exception {
        http.perform(as(person(reader, "SH"), get("/api/worklists/" + list))).andExpect(status().isOk());
        problem(http.perform(as(person(other, "SH"), get("/api/worklists/" + list))), 403, "role");
    }

    @Test
    void theHistoryShowsEveryRoleTheActorHeld() throws Exception {
        TestTokens.Token lead = TOKENS.of("lead.sh", "SH", "COORDINATOR", "APPROVER").department("office");
        String caseId = cases.caseAt(Stage.AWAITING_TRIAGE, "SH-PD");
        step(lead, caseId, "triage", "{\"level\":3,\"responsibleDepartment\":\"billing\"}").andExpect(status().isNoContent());

        http.perform(as(person(COORDINATOR, "SH-PD"), get("/api/cases/" + caseId + "/history")))
                .andExpect(jsonPath("$[?(@.event == 'CaseTriaged')].actor").value(hasItem("lead.sh")))
                .andExpect(jsonPath("$[?(@.event == 'CaseTriaged')].unit").value(hasItem("SH")))
                .andExpect(jsonPath("$[?(@.event == 'CaseTriaged')].role").value(hasItem("APPROVER,COORDINATOR")));
    }
}
