package io.complaints.platform.security;

import java.net.URI;
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

/**
 * The access token a service shows another (role SERVICE): obtained from the OIDC provider's token
 * endpoint by client credentials (Spring Security's OAuth2 client) and kept until shortly before it
 * expires, so that a burst of calls costs one token request.
 */
public final class ServiceAccessTokens {

    private final String registration;
    private final String principal;
    private final InMemoryOAuth2AuthorizedClientService authorized;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

    /**
     * @param registration the name of the called service, e.g. {@code intake}
     * @param principal    the calling service, e.g. {@code notification-service}
     */
    public ServiceAccessTokens(String registration, String principal, String clientId, String clientSecret,
                               URI tokenUri, Duration timeout) {
        this.registration = registration;
        this.principal = principal;
        var registrations = new InMemoryClientRegistrationRepository(ClientRegistration
                .withRegistrationId(registration)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .tokenUri(tokenUri.toString())
                .build());
        this.authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
        this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient(timeout)))
                .build());
    }

    /** No token: the provider refused or did not answer; worth trying again later. */
    public static final class Unavailable extends RuntimeException {

        Unavailable(String message) {
            super(message);
        }
    }

    /** The current token (one request to the token endpoint when there is none or it is about to expire). */
    public synchronized String current() {
        OAuth2AuthorizedClient client;
        try {
            client = manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registration)
                    .principal(principal).build());
        } catch (OAuth2AuthorizationException refused) {
            throw new Unavailable("the token endpoint gave no token to this service ("
                    + refused.getError().getErrorCode() + ")");
        } catch (RuntimeException unreachable) {
            throw new Unavailable("the token endpoint is unreachable: " + unreachable.getClass().getSimpleName());
        }
        if (client == null || client.getAccessToken() == null) {
            throw new Unavailable("the token endpoint gave no token to this service");
        }
        return client.getAccessToken().getTokenValue();
    }

    /** The called service refused the token (revoked, or its keys changed): the next call asks for a new one. */
    public synchronized void forget() {
        authorized.removeAuthorizedClient(registration, principal);
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
