package io.complaints.intake.registration;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.RegisterComplaint;
import io.complaints.intake.support.People;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.testsupport.TestTokens;

/** Every refusal of the registration endpoint: problem+json naming each field and rule; nothing sent. */
@WebMvcTest(RegistrationController.class)
@ActiveProfiles("local")
@Import(UnitDirectory.class)
class RegistrationRequestValidationTest {

    private static final String VALID = """
            {"unitCode":"SH-PD","channel":"HOTLINE","category":"BILLING","level":2,
             "description":"Billed twice","complainant":{"name":"张三","phone":"13812345678"}}""";

    @DynamicPropertySource
    static void signIn(DynamicPropertyRegistry registry) {
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    private MockMvc http;

    @MockitoBean
    private CommandGateway commands;

    private boolean expectsRegistration;

    @AfterEach
    void nothingIsRegisteredFromAnInvalidRequest() {
        if (!expectsRegistration) {
            verify(commands, never()).sendAndWait(any());
        }
    }

    @Test
    void aValidRequestIsRegisteredAndAnswersWhereTheComplaintLives() throws Exception {
        expectsRegistration = true;
        when(commands.sendAndWait(any(RegisterComplaint.class))).thenReturn(new RegistrationOutcome(
                new Registration("c-1", "SH-PD-202310010001", Instant.parse("2023-10-01T02:00:00Z"), false, null), false));

        post(VALID).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/complaints/c-1"));

        ArgumentCaptor<RegisterComplaint> sent = ArgumentCaptor.forClass(RegisterComplaint.class);
        verify(commands).sendAndWait(sent.capture());
        RegisterComplaint command = sent.getValue();
        org.assertj.core.api.Assertions.assertThat(command.unit().code()).isEqualTo("SH-PD");
        org.assertj.core.api.Assertions.assertThat(command.details()).satisfies(details -> {
            org.assertj.core.api.Assertions.assertThat(details.channel()).isEqualTo(Channel.HOTLINE);
            org.assertj.core.api.Assertions.assertThat(details.category()).isEqualTo(Category.BILLING);
            org.assertj.core.api.Assertions.assertThat(details.level()).isEqualTo(2);
            org.assertj.core.api.Assertions.assertThat(details.description()).isEqualTo("Billed twice");
        });
        org.assertj.core.api.Assertions.assertThat(command.complainant())
                .isEqualTo(new Complainant("张三", null, null, "13812345678", null, false));
        org.assertj.core.api.Assertions.assertThat(command.complaintId()).as("a new id for a new complaint")
                .isNotBlank().isNotEqualTo(command.complainantReference());
        org.assertj.core.api.Assertions.assertThat(command.resolvedAtIntake()).isNull();
        org.assertj.core.api.Assertions.assertThat(command.idempotencyKey()).isNull();
        org.assertj.core.api.Assertions.assertThat(command.requestHash()).isNull();
    }

    @Test
    void everyMissingFieldIsNamedWithItsRule() throws Exception {
        problem(post("{}"))
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "category", "channel", "complainant", "description", "level", "unitCode")))
                .andExpect(jsonPath("$.errors[?(@.field=='unitCode')].rule").value("NotNull"))
                .andExpect(jsonPath("$.errors[?(@.field=='level')].rule").value("NotNull"));
    }

    @Test
    void levelMustBeOneToFour() throws Exception {
        problem(post(VALID.replace("\"level\":2", "\"level\":5")))
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].rule").value("Max"));
        problem(post(VALID.replace("\"level\":2", "\"level\":0")))
                .andExpect(jsonPath("$.errors[0].rule").value("Min"));
    }

    @Test
    void aMalformedPhoneAndABlankNameAreNamedByTheirPath() throws Exception {
        problem(post(VALID.replace("13812345678", "call me").replace("张三", " ")))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("complainant.name", "complainant.phone")))
                .andExpect(jsonPath("$.errors[?(@.field=='complainant.phone')].rule").value("Pattern"))
                .andExpect(jsonPath("$.errors[?(@.field=='complainant.name')].rule").value("HasText"));
    }

    @Test
    void wideSpacesAloneAreBlankToo() throws Exception {
        problem(post(VALID.replace("张三", "\\u3000\\u2003\\u200B")))
                .andExpect(jsonPath("$.errors[0].field").value("complainant.name"))
                .andExpect(jsonPath("$.errors[0].rule").value("HasText"));
    }

    @Test
    void controlCharactersAreRefusedWhereverTheyAre() throws Exception {
        problem(post(VALID.replace("张三", "张\\u0000三")))
                .andExpect(jsonPath("$.errors[0].field").value("complainant.name"))
                .andExpect(jsonPath("$.errors[0].rule").value("plain-text"));
        problem(post(VALID.replace("13812345678", "138\\u001b[2J")))
                .andExpect(jsonPath("$.errors[0].rule").value("plain-text"));
        // unescaped, a control character is not even JSON
        problem(post(VALID.replace("张三", "张\u0000三")))
                .andExpect(jsonPath("$.errors[0].rule").value("json"));
    }

    @Test
    void aFieldGivenTwiceIsRefusedByItsPath() throws Exception {
        problem(post(VALID.replace("\"name\":\"张三\"", "\"name\":\"张三\",\"name\":\"李四\"")))
                .andExpect(jsonPath("$.errors[0].field").value("complainant.name"))
                .andExpect(jsonPath("$.errors[0].rule").value("duplicate-field"));
    }

    @Test
    void anythingAfterTheFormIsRefused() throws Exception {
        problem(post(VALID + "{}"))
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].rule").value("json"));
    }

    @Test
    void theRejectedValueIsNeverEchoed() throws Exception {
        problem(post(VALID.replace("13812345678", "13812345678-leaked-x")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("leaked"))));
    }

    @Test
    void anUnknownChannelListsTheAllowedOnes() throws Exception {
        problem(post(VALID.replace("HOTLINE", "FAX")))
                .andExpect(jsonPath("$.errors[0].field").value("channel"))
                .andExpect(jsonPath("$.errors[0].rule").value("enum"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("GOVERNMENT_HOTLINE")));
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() throws Exception {
        problem(post(VALID.replace("{\"unitCode\"", "{\"registrationNumber\":\"X-1\",\"unitCode\"")))
                .andExpect(jsonPath("$.errors[0].field").value("registrationNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
    }

    @Test
    void aUnitThatDoesNotExistIsRefused() throws Exception {
        problem(post(VALID.replace("SH-PD", "NOWHERE")))
                .andExpect(jsonPath("$.errors[0].field").value("unitCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("unit-exists"));
    }

    @Test
    void aMalformedEmailIsRefused() throws Exception {
        problem(post(VALID.replace("\"phone\":\"13812345678\"", "\"email\":\"not-an-address\"")))
                .andExpect(jsonPath("$.errors[0].field").value("complainant.email"))
                .andExpect(jsonPath("$.errors[0].rule").value("Email"));
    }

    @Test
    void aMatterCannotHaveHappenedInTheFuture() throws Exception {
        problem(post(VALID.replace("\"level\":2", "\"level\":2,\"occurredAt\":\"2999-01-01T00:00:00Z\"")))
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("PastOrPresent"));
    }

    @Test
    void tooLongTextIsRefused() throws Exception {
        problem(post(VALID.replace("Billed twice", "x".repeat(4001))))
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].rule").value("Size"));
    }

    @Test
    void theRepeatFlagIsIntakesToSetNotTheCallers() throws Exception {
        problem(post(VALID.replace("\"level\":2", "\"level\":2,\"prioritySources\":[\"MEDIA\",\"REPEAT_COMPLAINT\"]")))
                .andExpect(jsonPath("$.errors[0].field").value("prioritySources"))
                .andExpect(jsonPath("$.errors[0].rule").value("set-by-intake"));
    }

    @Test
    void theUnitComplainedAboutMustExistToo() throws Exception {
        problem(post(VALID.replace("SH-PD", "NOWHERE").replace("\"level\":2",
                "\"level\":2,\"complainedAbout\":{\"unitCode\":\"ALSO-NOWHERE\"}")))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("unitCode", "complainedAbout.unitCode")));
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() throws Exception {
        problem(http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID).header("Idempotency-Key", "short").header("Authorization", People.bearer("agent.shpd"))))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        problem(post("{\"unitCode\": "))
                .andExpect(jsonPath("$.errors[0].rule").value("json"));
    }

    @Test
    void actorHeadersNameNoOneWithoutAToken() throws Exception {
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID)
                        .header("X-Actor-Id", "agent.shpd").header("X-Actor-Unit", "SH-PD"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
    }

    @Test
    void theActorIsTheTokensWhateverTheHeadersSay() throws Exception {
        expectsRegistration = true;
        when(commands.sendAndWait(any(RegisterComplaint.class))).thenReturn(new RegistrationOutcome(
                new Registration("c-1", "SH-PD-202310010001", Instant.parse("2023-10-01T02:00:00Z"), false, null), false));

        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID)
                        .header("Authorization", People.bearer("agent.shpd"))
                        .header("X-Actor-Id", "supervisor.hq").header("X-Actor-Unit", "HQ"))
                .andExpect(status().isCreated());

        ArgumentCaptor<RegisterComplaint> sent = ArgumentCaptor.forClass(RegisterComplaint.class);
        verify(commands).sendAndWait(sent.capture());
        org.assertj.core.api.Assertions.assertThat(sent.getValue().actor())
                .isEqualTo(new Actor("agent.shpd", "SH-PD", Role.INTAKE_AGENT, null));
    }

    private ResultActions post(String body) throws Exception {
        return http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/complaints")
                .contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", People.bearer("agent.shpd")));
    }

    private static ResultActions problem(ResultActions result) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaints:problem:invalid-request"))
                .andExpect(jsonPath("$.status").value(400));
    }
}
