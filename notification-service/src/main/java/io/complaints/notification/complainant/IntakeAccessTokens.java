package io.complaints.notification.complainant;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

import io.complaints.notification.delivery.FailureText;
import io.complaints.notification.delivery.SendFailure;

/**
 * The access token this service shows intake: obtained from the OIDC provider's token endpoint by
 * client credentials (Spring Security's OAuth2 client) and kept until shortly before it expires, so
 * that a burst of acknowledgements costs one token request.
 */
final class IntakeAccessTokens {

    private static final String REGISTRATION = "intake";
    private static final String PRINCIPAL = "notification-service";

    private final InMemoryOAuth2AuthorizedClientService authorized;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

    IntakeAccessTokens(ComplainantProperties properties) {
        var registrations = new InMemoryClientRegistrationRepository(ClientRegistration
                .withRegistrationId(REGISTRATION)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .tokenUri(properties.tokenUri().toString())
                .build());
        this.authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
        this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient(properties.timeout())))
                .build());
    }

    /** The current token (one request to the token endpoint when there is none or it is about to expire). */
    synchronized String current() throws SendFailure {
        OAuth2AuthorizedClient client;
        try {
            client = manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                    .principal(PRINCIPAL).build());
        } catch (OAuth2AuthorizationException refused) {
            throw SendFailure.retryable("the token endpoint gave no token to this service ("
                    + refused.getError().getErrorCode() + ")");
        } catch (RuntimeException unreachable) {
            throw SendFailure.retryable("the token endpoint is unreachable: " + FailureText.of(unreachable));
        }
        if (client == null || client.getAccessToken() == null) {
            throw SendFailure.retryable("the token endpoint gave no token to this service");
        }
        return client.getAccessToken().getTokenValue();
    }

    /** Intake refused the token (revoked, or its keys changed): the next call asks for a new one. */
    synchronized void forget() {
        authorized.removeAuthorizedClient(REGISTRATION, PRINCIPAL);
    }

    private static RestClientClientCredentialsTokenResponseClient tokenClient(Duration timeout) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        var client = new RestClientClientCredentialsTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.addAll(List.of(new FormHttpMessageConverter(),
                            new OAuth2AccessTokenResponseHttpMessageConverter()));
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }
}
