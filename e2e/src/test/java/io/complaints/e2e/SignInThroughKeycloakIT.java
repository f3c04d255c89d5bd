package io.complaints.e2e;

import static io.complaints.testsupport.KeycloakServer.DEV_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.e2e.system.SharedKeycloak;
import io.complaints.testsupport.KeycloakServer;
import io.complaints.testsupport.KeycloakServer.Token;
import io.complaints.testsupport.KeycloakServer.TokenRefused;

/**
 * Signing in through Keycloak with the repository's realm gives the tokens the services read: audience
 * complaints-api, the actor id in preferred_username, unit, department and the realm roles.
 */
class SignInThroughKeycloakIT {

    static final Path REALM_FILE = Path.of(System.getProperty("keycloak.realm-file", "../deploy/keycloak/complaints-realm.json"));
    static final Set<String> UNITS = Set.of("HQ", "SH", "SH-PD", "SH-XH", "BJ", "BJ-CY", "BJ-HD", "GZ", "GZ-TH");
    static final String ACTOR_ID = "[A-Za-z0-9._@-]{1,64}";

    static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = SharedKeycloak.get();
    }

    @Test
    void anIntakeAgentOfABranchSignsInWithTheBranchAndTheRole() {
        Token token = keycloak.passwordToken("shpd.agent", DEV_PASSWORD);

        assertThat(token.claim("iss")).isEqualTo(keycloak.issuerUri().toString());
        assertThat(token.audience()).contains("complaints-api");
        assertThat(token.claim("preferred_username")).isEqualTo("shpd.agent");
        assertThat(token.claim("unit")).isEqualTo("SH-PD");
        assertThat(token.realmRoles()).contains("INTAKE_AGENT").doesNotContain("COORDINATOR", "HANDLER", "HQ_SUPERVISOR");
        assertThat(token.claims()).doesNotContainKey("department");
    }

    @Test
    void aHandlerCarriesTheResponsibleDepartmentAndTheCallbackAgentAnotherOne() {
        Token handler = keycloak.passwordToken("handler.wang", DEV_PASSWORD);
        Token callback = keycloak.passwordToken("shpd.callback", DEV_PASSWORD);

        assertThat(handler.realmRoles()).contains("HANDLER");
        assertThat(handler.claim("unit")).isEqualTo("SH-PD");
        assertThat(handler.claim("department")).isEqualTo("billing");
        assertThat(callback.realmRoles()).contains("CALLBACK_AGENT");
        assertThat(callback.claim("unit")).isEqualTo("SH-PD");
        assertThat(callback.claim("department")).isEqualTo("service");
    }

    @Test
    void notificationServiceSignsInAsAServiceOfHeadquarters() {
        Token token = keycloak.clientCredentialsToken(KeycloakServer.NOTIFICATION_CLIENT,
                KeycloakServer.NOTIFICATION_DEV_SECRET);

        assertThat(token.audience()).contains("complaints-api");
        assertThat(token.claim("unit")).isEqualTo("HQ");
        assertThat(token.realmRoles()).contains("SERVICE");
        assertThat((String) token.claim("preferred_username")).matches(ACTOR_ID);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> keycloak.passwordToken("gz.agent", "not-the-password"))
                .isInstanceOfSatisfying(TokenRefused.class, refused -> assertThat(refused.status()).isEqualTo(401))
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void everySamplePersonHasAnActorIdAUnitOfTheTreeAndOneOfTheRoles() throws IOException {
        JsonNode users = new ObjectMapper().readTree(REALM_FILE.toFile()).path("users");
        List<String> roles = List.of("INTAKE_AGENT", "COORDINATOR", "HANDLER", "APPROVER", "CALLBACK_AGENT",
                "HQ_SUPERVISOR", "ANALYST", "OPERATOR", "AUDITOR", "SERVICE");

        assertThat(users).isNotEmpty().allSatisfy(user -> {
            assertThat(user.path("username").asText()).matches(ACTOR_ID);
            assertThat(user.path("attributes").path("unit").path(0).asText()).as(user.path("username").asText()).isIn(UNITS);
            assertThat(user.path("realmRoles")).extracting(JsonNode::asText).isNotEmpty().allMatch(roles::contains);
        });
    }
}
