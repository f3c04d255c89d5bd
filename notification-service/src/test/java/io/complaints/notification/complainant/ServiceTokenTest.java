package io.complaints.notification.complainant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.testsupport.TestHttpServer;
import io.complaints.testsupport.TestHttpServer.Answer;
import io.complaints.notification.delivery.SendFailure;
import io.complaints.notification.directory.Language;

/**
 * This service asks intake for complainants' contacts as itself: with an access token it gets from the
 * identity provider's token endpoint by client credentials, and keeps until shortly before it expires.
 */
class ServiceTokenTest {

    private static final String SECRET = "dev-only-notification-secret";
    private static final TestHttpServer IDENTITY = new TestHttpServer();
    private static final TestHttpServer INTAKE = new TestHttpServer();

    /** A token endpoint of each test's own. */
    private final String tokenPath = "/realms/" + UUID.randomUUID() + "/protocol/openid-connect/token";
    private final IntakeContacts contacts = new IntakeContacts(new ComplainantProperties(INTAKE.uri(""),
            IDENTITY.uri(tokenPath), "notification-service", SECRET, Duration.ofSeconds(5), Language.ZH_CN),
            new ObjectMapper());

    @Test
    void twoContactLookUpsCostOneTokenRequestByClientCredentials() throws SendFailure {
        IDENTITY.answerByDefault(tokenPath, token("token-1", 300));
        String first = reference();
        String second = reference();

        assertThat(contacts.contactOf(first).reachableByEmail()).isTrue();
        assertThat(contacts.contactOf(second).reachableByEmail()).isTrue();

        assertThat(IDENTITY.requests(tokenPath)).singleElement().satisfies(asked -> {
            assertThat(asked.method()).isEqualTo("POST");
            assertThat(asked.body()).contains("grant_type=client_credentials");
            assertThat(asked.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString(("notification-service:" + SECRET).getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(INTAKE.requests(contactPath(first)).getFirst().header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(INTAKE.requests(contactPath(second)).getFirst().header("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void aTokenAboutToExpireIsReplacedAndTheNewOneKept() throws SendFailure {
        IDENTITY.script(tokenPath, token("short-lived", 1), token("token-2", 300));
        String[] references = {reference(), reference(), reference()};

        for (String reference : references) {
            contacts.contactOf(reference);
        }

        assertThat(IDENTITY.requests(tokenPath)).hasSize(2);
        assertThat(references).extracting(reference -> INTAKE.requests(contactPath(reference)).getFirst()
                .header("Authorization")).containsExactly("Bearer short-lived", "Bearer token-2", "Bearer token-2");
    }

    @Test
    void aTokenIntakeRefusesIsForgottenAndTheLookUpTriedAgainLater() throws SendFailure {
        IDENTITY.script(tokenPath, token("revoked", 300), token("token-3", 300));
        String reference = reference();
        INTAKE.script(contactPath(reference), new Answer(401, ""));

        assertThatThrownBy(() -> contacts.contactOf(reference)).isInstanceOfSatisfying(SendFailure.class,
                failure -> assertThat(failure.permanent()).isFalse());
        contacts.contactOf(reference);

        assertThat(INTAKE.requests(contactPath(reference))).extracting(asked -> asked.header("Authorization"))
                .containsExactly("Bearer revoked", "Bearer token-3");
    }

    @Test
    void noTokenMeansTryAgainLaterAndIntakeIsNotAsked() {
        IDENTITY.answerByDefault(tokenPath, new Answer(401, """
                {"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}"""));
        String reference = reference();

        assertThatThrownBy(() -> contacts.contactOf(reference)).isInstanceOfSatisfying(SendFailure.class, failure -> {
            assertThat(failure.permanent()).isFalse();
            assertThat(failure.getMessage()).startsWith("the token endpoint gave no token").doesNotContain(SECRET);
        });
        assertThat(INTAKE.requests(contactPath(reference))).isEmpty();
    }

    private String reference() {
        String reference = "ref-" + UUID.randomUUID();
        INTAKE.answerByDefault(contactPath(reference), new Answer(200, """
                {"reference":"%s","email":"someone@example.org","contactConsent":true}""".formatted(reference)));
        return reference;
    }

    private static String contactPath(String reference) {
        return "/api/complainants/" + reference + "/contact";
    }

    private static Answer token(String value, int expiresIn) {
        return new Answer(200, """
                {"access_token":"%s","token_type":"Bearer","expires_in":%d}""".formatted(value, expiresIn));
    }
}
